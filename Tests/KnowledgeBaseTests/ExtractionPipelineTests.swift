import Foundation
import Testing
@testable import KnowledgeBase

/// Documents are prepared on worker threads and stored in order, on the calling thread.
@Suite struct ExtractionPipelineTests {
    struct Failure: Error, Equatable { var item: Int }

    @Test func storesEveryItemInOrder() throws {
        var stored: [Int] = []
        let results = try ExtractionPipeline.run(count: 40, workers: 3, prepare: { i in
            Thread.sleep(forTimeInterval: Double((i * 7) % 5) / 2000)   // workers finish out of order
            return i * 2
        }, store: { value in stored.append(value); return value + 1 })
        #expect(stored == (0..<40).map { $0 * 2 })
        #expect(results == (0..<40).map { $0 * 2 + 1 })
    }

    @Test func theFirstFailureStopsEverything() throws {
        var stored: [Int] = []
        #expect(throws: Failure(item: 7)) {
            _ = try ExtractionPipeline.run(count: 1000, workers: 2, prepare: { i in
                if i == 7 { throw Failure(item: 7) }
                return i
            }, store: { stored.append($0) })
        }
        #expect(stored == Array(0..<7))
    }
}
