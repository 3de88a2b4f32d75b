import Foundation
import TOMLKit

/// One value of the file as the type a key needs, or a problem that says what to write.
extension ConfigReader {
    mutating func string(_ value: any TOMLValueConvertible, _ path: [String]) -> String? {
        guard let text = value.string else {
            fail(path, "is \(kind(value)) — write it in quotes, as text")
            return nil
        }
        return text
    }

    mutating func nonEmptyString(_ value: any TOMLValueConvertible, _ path: [String]) -> String? {
        guard let text = string(value, path) else { return nil }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            fail(path, "is empty — write the words the triage list shows")
            return nil
        }
        return text
    }

    mutating func bool(_ value: any TOMLValueConvertible, _ path: [String]) -> Bool? {
        guard let on = value.bool else {
            fail(path, "\(quoted(value)) is not true or false")
            return nil
        }
        return on
    }

    mutating func integer(_ value: any TOMLValueConvertible, _ path: [String], in range: ClosedRange<Int>, unit: String) -> Int? {
        guard let number = value.int else {
            fail(path, "\(quoted(value)) is not a whole number of \(unit) — write a number from \(range.lowerBound) to \(range.upperBound), without quotes")
            return nil
        }
        guard range.contains(number) else {
            fail(path, "\(number) is out of range — write a number of \(unit) from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    mutating func table(_ value: any TOMLValueConvertible, _ path: [String]) -> TOMLTable? {
        guard let table = value.table else {
            fail(path, "is \(kind(value)), not a table — write it as [\(path.joined(separator: "."))] with keys below")
            return nil
        }
        return table
    }

    func kind(_ value: any TOMLValueConvertible) -> String {
        switch value.type {
        case .string: "text \(quoted(value))"
        case .int, .double: "a number"
        case .bool: "true/false"
        case .array: "a list"
        case .table: "a table"
        default: "a date or time"
        }
    }

    func quoted(_ value: any TOMLValueConvertible) -> String {
        if let text = value.string { return "\"\(text)\"" }
        if let number = value.int { return String(number) }
        if let number = value.double { return String(number) }
        if let on = value.bool { return String(on) }
        return value.type == .array ? "a list" : value.type == .table ? "a table" : "that value"
    }
}
