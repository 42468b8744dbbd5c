package synth

// DistinctNames counts the entity names a fill of this many articles draws.
func DistinctNames(articles int) int { return len(newGenerator(articles).entities) }
