package main

import "errors"

type benchExtractCmd struct{}

func (c *benchExtractCmd) Run(g *Globals) error { return errors.New("bench_extract: not built yet") }
