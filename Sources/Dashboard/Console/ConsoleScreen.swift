public import TerminalUI

/// The duty officer's console drawn into a canvas: header, alert and error lines, the four
/// panels (grid, tabs or zoom, see ``ConsoleLayout``), the notice line, the key bar and the
/// `?` overlay. Pure: the same frame and size always give the same canvas.
public enum ConsoleScreen {
    /// The console for `frame` on a screen of `size`. Screens smaller than
    /// ``ConsoleLayout/minimumSize`` get a single "too small" line instead.
    public static func render(_ frame: ConsoleFrame, size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        let language = frame.language
        guard let layout = ConsoleLayout(size: size, state: frame.state, hasError: frame.error != nil) else {
            drawTooSmall(language, on: &canvas)
            return canvas
        }
        let header = ConsoleHeader(chrome: frame.chrome)
        header.draw(in: layout.header, on: &canvas)
        if let alert = layout.alert { header.drawAlert(in: alert, on: &canvas) }
        if let error = layout.error, let message = frame.error {
            canvas.draw([TextRun(language.pick(" 读取出错：", " Read error: "), Style(.warning).bold),
                         TextRun(message, Style(.warning))], in: error)
        }
        if let tabs = layout.tabStrip {
            ConsoleTabStrip.draw(focus: frame.state.focus, language: language, in: tabs, on: &canvas)
        }
        for panel in ConsolePanel.allCases {
            guard let rect = layout.panels[panel] else { continue }
            let focused = panel == frame.state.focus
            let inside = PanelBox.draw(panel, in: rect, focused: focused, zoomed: layout.arrangement == .zoomed,
                                       language: language, on: &canvas)
            guard let snapshot = frame.snapshot else {
                PanelBox.message(Terms.loading(language), in: inside, on: &canvas)
                continue
            }
            let context = PanelContext(snapshot: snapshot, state: frame.state, language: language,
                                       isFocused: focused, isZoomed: layout.arrangement == .zoomed)
            if let page = frame.state.enterpriseFile {
                EnterpriseFileScreen(page).draw(in: inside, on: &canvas)
            } else if let list = frame.state.enterprises {
                CountyEnterprisesScreen(list).draw(in: inside, on: &canvas)
            } else {
                panel.viewType.init(context).draw(in: inside, on: &canvas)
            }
        }
        if let notice = layout.notice, let prompt = frame.state.inspectionPrompt {
            let question = language.pick(" 检查 \(prompt.inspectionId) 完成日期（默认今天）与发现的隐患编号: ",
                                         " Inspection \(prompt.inspectionId) done on (default today) and hazards found: ")
            canvas.draw([TextRun(question, Style(.accent).bold),
                         TextRun(prompt.field.display(width: max(1, notice.width - question.displayWidth)))], in: notice)
        } else if let notice = layout.notice, let text = frame.state.notice {
            canvas.draw([TextRun(" " + text, Style(.warning))], in: notice)
        }
        let keys = frame.state.keys.granted(to: frame.state.role, \.permission)
        KeyBar(bindings: keyBarBindings(frame.state), language: language).draw(on: &canvas, in: layout.keyBar)
        if frame.state.showsHelp {
            HelpOverlay(bindings: keys, language: language, scrollOffset: frame.state.helpScroll)
                .draw(on: &canvas)
        }
        return canvas
    }

    /// The key bar's entries: the role's keys, `A` only while there is something to acknowledge.
    static func keyBarBindings(_ state: ConsoleState) -> [KeyBinding<ConsoleAction>] {
        state.keys.granted(to: state.role, \.permission).filter { $0.action != .acknowledge || !state.alerts.isEmpty }
    }

    /// How many rows of `panel`'s list `frame` shows at `size`: the page that PgUp/PgDn move
    /// and the least number of hazards worth reading. 0 when the panel is not on screen or
    /// has no list.
    public static func listRows(of panel: ConsolePanel, _ frame: ConsoleFrame, size: Size) -> Int {
        guard let layout = ConsoleLayout(size: size, state: frame.state, hasError: frame.error != nil),
              let rect = layout.panels[panel] else { return 0 }
        let inside = rect.inset(by: 1)
        let zoomed = layout.arrangement == .zoomed
        return switch panel {
        case .hazards: max(0, HazardPanelView.tableArea(in: inside).height - 1)
        case .risk: max(0, RiskPanelView.countyTableArea(in: inside, zoomed: zoomed).height - 1)
        case .training, .inspections: 0
        }
    }

    /// The inside of the zoomed panel's box, where the enterprise list and file go; nil when
    /// nothing is zoomed or the screen is too small.
    public static func zoomedPanel(_ frame: ConsoleFrame, size: Size) -> Rect? {
        guard let layout = ConsoleLayout(size: size, state: frame.state, hasError: frame.error != nil),
              layout.arrangement == .zoomed, let rect = layout.panels[frame.state.focus] else { return nil }
        return rect.inset(by: 1)
    }

    /// The one line a screen below the minimum gets, in the middle.
    private static func drawTooSmall(_ language: Language, on canvas: inout Canvas) {
        let need = ConsoleLayout.minimumSize
        let text = language.pick("终端太小：需要 \(need)，当前 \(canvas.size)",
                                 "terminal too small: need \(need), have \(canvas.size)")
        let row = canvas.bounds.row(canvas.height / 2)
        canvas.put(text, x: row.x, y: row.y, width: row.width, alignment: .center, style: Style(.warning).bold)
    }
}
