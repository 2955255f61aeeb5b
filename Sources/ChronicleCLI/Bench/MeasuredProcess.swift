import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A child process run to completion, with what the kernel measured of it: wall time, CPU time
/// and peak resident memory (`wait4`'s rusage), and its standard output when captured.
struct MeasuredProcess {
    var status: Int32
    var wall: Double
    var cpu: Double
    var peakKilobytes: Int
    var output: [UInt8]

    /// This executable, for running benchmark cases in processes of their own.
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Runs `arguments` (the program first); standard output goes to a pipe when `capture`,
    /// else to /dev/null; standard error is inherited.
    static func run(_ arguments: [String], capture: Bool) throws -> MeasuredProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = [-1, -1]
        if capture {
            guard pipe(&pipeEnds) == 0 else { throw ValidationError("cannot make a pipe: \(String(cString: strerror(errno)))") }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw ValidationError("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var output: [UInt8] = []
        if capture {
            close(pipeEnds[1])
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = read(pipeEnds[0], &buffer, buffer.count)
                if n > 0 { output += buffer[0..<n] } else if n == 0 || errno != EINTR { break }
            }
            close(pipeEnds[0])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return MeasuredProcess(status: exit, wall: wall, cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime),
                               peakKilobytes: usage.ru_maxrss, output: output)
    }
}
