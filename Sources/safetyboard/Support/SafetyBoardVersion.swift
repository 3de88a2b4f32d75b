/// The release of this build, as `safetyboard --version` prints it; the one place it is written.
enum SafetyBoardVersion {
    static let current = "0.18.0"
}
