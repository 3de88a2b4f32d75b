#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Who the process is, from the kernel: the passwd entry of the real user id. Not an
/// environment variable — nothing a user types or exports chooses who they are.
public enum OperatingSystemLogin {
    /// The login name and the passwd's full name (its GECOS field up to the first comma, or the
    /// login when empty) of the process's real user.
    public static func current() -> (login: String, fullName: String) {
        let uid = getuid()
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else {
            // A uid without a passwd entry (a container's arbitrary uid) is still someone.
            return ("uid\(uid)", "uid \(uid)")
        }
        let login = String(cString: name)
        let gecos = entry.pointee.pw_gecos.map { String(cString: $0) } ?? ""
        let fullName = gecos.split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return (login, fullName.isEmpty ? login : fullName)
    }
}
