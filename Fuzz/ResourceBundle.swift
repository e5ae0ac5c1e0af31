// SwiftPM generates `Bundle.module` for TimelineModel's Resources; a build without SwiftPM
// needs its own. The run script sets TIMELINE_RESOURCES to the folder that holds Resources/.
import Foundation

extension Foundation.Bundle {
    static let module: Bundle = {
        guard let path = ProcessInfo.processInfo.environment["TIMELINE_RESOURCES"], let bundle = Bundle(path: path) else {
            fatalError("set TIMELINE_RESOURCES to Sources/TimelineModel (the folder holding Resources/)")
        }
        return bundle
    }()
}
