import Foundation
import Synchronization

/// Runs the views' effects — reads, writes, the bulletin file — one at a time, in the order
/// they were asked for, off the input thread, and keeps their results (actions) until the
/// loop takes them. After each result it calls `onResult`, which wakes the loop
/// (``TerminalUI/WakeSignal``), so a finished read is drawn at once.
///
/// One serial thread, so a write and the re-read after it never cross, and a slow read
/// delays the next read but never a key. `inline` runs each job in ``submit(_:)`` itself:
/// tests then see every result before the next key, deterministically.
public final class EffectRunner: Sendable {
    /// A unit of work: runs against the store, returns the actions to post.
    public typealias Job = @Sendable () -> [BoardAction]

    private struct Queue {
        var jobs: [Job] = []
        var results: [BoardAction] = []
        var stopped = false
    }

    private let queue = Mutex(Queue())
    private let work = NSCondition()
    private let onResult: @Sendable () -> Void
    private let inline: Bool

    /// A runner; with `inline` false its thread starts at once.
    public init(inline: Bool = false, onResult: @escaping @Sendable () -> Void = {}) {
        self.inline = inline
        self.onResult = onResult
        guard !inline else { return }
        let thread = Thread { [self] in run() }
        thread.name = "safetyboard.effects"
        thread.start()
    }

    /// Queues `job`; its actions come back through ``takeResults()``.
    public func submit(_ job: @escaping Job) {
        if inline {
            let actions = job()
            queue.withLock { $0.results += actions }
            return
        }
        work.lock()
        queue.withLock { $0.jobs.append(job) }
        work.signal()
        work.unlock()
    }

    /// The actions posted since the last call, oldest first.
    public func takeResults() -> [BoardAction] {
        queue.withLock { box in
            defer { box.results = [] }
            return box.results
        }
    }

    /// Stops the thread after the job it is running; queued jobs are dropped.
    public func stop() {
        work.lock()
        queue.withLock { $0.stopped = true }
        work.signal()
        work.unlock()
    }

    private func run() {
        while true {
            work.lock()
            var next: Job?
            while next == nil {
                let (job, stopped) = queue.withLock { box -> (Job?, Bool) in
                    box.stopped ? (nil, true) : (box.jobs.isEmpty ? nil : box.jobs.removeFirst(), false)
                }
                if stopped { work.unlock(); return }
                next = job
                if next == nil { work.wait() }
            }
            work.unlock()
            let actions = next!()
            queue.withLock { $0.results += actions }
            onResult()
        }
    }
}
