// A report published before facts carried their recorded time: it was made from everything on
// record when it was published, so it is recorded, and as of, that instant. Without these, a
// later year's report would pass over it and recompute its figures from the graph.
MATCH (r:PublishedReport) WHERE r.recordedAt IS NULL SET r.recordedAt = r.publishedAt;
MATCH (r:PublishedReport) WHERE r.asOf IS NULL SET r.asOf = r.publishedAt;
