import SafetyStore
import TerminalUI

extension TriageState {
    // The saved views and the columns, for ``reduce(_:_:)``:
    // - `V` / `:` asks a name (the last view saved or applied here is offered) and saves the
    //   filter as its words (``TriageFilterText``, the console's `--county` written out), the
    //   order and the columns; a name of one of the officer's views replaces it.
    // - `R` opens the list of the officer's views as the store has them; Enter applies one
    //   (filter, order, columns; back to the top of the list), `d` then Enter deletes one.
    //   A view whose filter this build cannot read is refused with the word it stopped at.
    // - `C` opens the column editor; Enter gives the table its columns (no read: the rows
    //   read hold every column), Esc keeps them.

    /// The keys `V`, `:`, `R` and `C`.
    mutating func openSavedViews(_ action: TriageAction) -> [TriageEffect] {
        switch action {
        case .saveView:
            prompt = .text(.savedViewName, input: savedViewName ?? "")
            return []
        case .recallView:
            savedViewPicker = SavedViewPicker()
            return [.readSavedViews]
        case .editColumns:
            columnEditor = TriageColumnEditor(columns: columns)
            return []
        default:
            return []
        }
    }

    /// Enter in the name prompt.
    mutating func saveView(named name: String) -> [TriageEffect] {
        do throws(SavedViewError) {
            try SavedViewError.check(name)
        } catch {
            message = TriageMessage(name.isEmpty ? language.pick("请输入视图名称", "Give the view a name")
                                    : language.pick("视图名称需 1 到 \(SavedView.maximumNameLength) 个字符，不含控制字符", error.description),
                                    isError: true)
            return []
        }
        return [.saveView(SavedView(name: name, filter: TriageFilterText.describe(filter, scope: nil), sort: sort,
                                    descending: descending, columns: columns))]
    }

    mutating func pick(_ action: SavedViewPickerAction) -> [TriageEffect] {
        guard var picker = savedViewPicker else { return [] }
        let outcome = SavedViewPicker.reduce(&picker, action)
        savedViewPicker = picker
        switch outcome {
        case nil: return []
        case .close?:
            savedViewPicker = nil
            return []
        case .delete(let name)?: return [.deleteSavedView(name: name)]
        case .apply(let view)?: return apply(view)
        }
    }

    mutating func editColumns(_ action: TriageColumnEditorAction) -> [TriageEffect] {
        guard var editor = columnEditor else { return [] }
        let outcome = TriageColumnEditor.reduce(&editor, action)
        columnEditor = editor
        switch outcome {
        case nil:
            message = editor.keptLastColumn
                ? TriageMessage(language.pick("至少保留一列", "Keep at least one column"), isError: true) : nil
        case .apply(let chosen)?:
            columnEditor = nil
            columns = chosen
            message = TriageMessage(language.pick("列：", "Columns: ") + chosen.map { $0.title(language) }.joined(separator: " "))
        case .cancel?:
            columnEditor = nil
        }
        return []
    }

    /// What the store said to a saved view's read or write.
    mutating func absorbSavedView(_ action: TriageAction) -> [TriageEffect] {
        switch action {
        case .savedViewSaved(let view, let save):
            savedViewName = view.name
            message = TriageMessage(save == .replaced ? language.pick("视图“\(view.name)”已更新", "View “\(view.name)” replaced")
                                                      : language.pick("视图“\(view.name)”已保存", "View “\(view.name)” saved"))
        case .savedViewDeleted(let name, let remaining):
            if savedViewName == name { savedViewName = nil }
            if var picker = savedViewPicker {
                _ = SavedViewPicker.reduce(&picker, .read(remaining))
                savedViewPicker = picker
            }
            message = TriageMessage(language.pick("视图“\(name)”已删除", "View “\(name)” deleted"))
        case .savedViewFailed(let reason):
            // A list that could not be read has nothing to pick from.
            if savedViewPicker?.views == nil { savedViewPicker = nil }
            message = TriageMessage(reason, isError: true)
        default:
            break
        }
        return []
    }

    private mutating func apply(_ view: SavedView) -> [TriageEffect] {
        do throws(TriageFilterText.Problem) {
            let parsed = try TriageFilterText.parse(view.filter, scope: scope)
            savedViewPicker = nil
            savedViewName = view.name
            columns = view.columns
            message = TriageMessage(language.pick("视图“\(view.name)”", "View “\(view.name)”"))
            return reorder {
                $0.filter = parsed
                $0.sort = view.sort
                $0.descending = view.descending
            }
        } catch {
            message = TriageMessage(language.pick("视图“\(view.name)”：", "View “\(view.name)”: ") + error.description, isError: true)
            return []
        }
    }
}
