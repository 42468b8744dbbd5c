package main

import "errors"

type runCmd struct{}

func (c *runCmd) Run(g *Globals) error { return errors.New("run: not built yet") }
