package main

import "errors"

type extractCmd struct{}

func (c *extractCmd) Run(g *Globals) error { return errors.New("extract: not built yet") }
