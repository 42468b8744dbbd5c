package main

import "errors"

type reprocessCmd struct{}

func (c *reprocessCmd) Run(g *Globals) error { return errors.New("reprocess: not built yet") }
