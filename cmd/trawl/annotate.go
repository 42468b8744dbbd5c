package main

import "errors"

type annotateCmd struct{}

func (c *annotateCmd) Run(g *Globals) error { return errors.New("annotate: not built yet") }
