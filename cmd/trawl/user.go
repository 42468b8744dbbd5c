package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/trawl/trawl/review"
)

type userCmd struct {
	Add userAddCmd `cmd:"" help:"Add a reviewer, or set their password; reads the password from the terminal (or one line of stdin)."`
}

type userAddCmd struct {
	Name  string `arg:"" help:"Reviewer name."`
	Users string `help:"Users file." default:"trawl-users" type:"path"`
}

func (c *userAddCmd) Run(g *Globals) error {
	var password string
	if fd := int(os.Stdin.Fd()); term.IsTerminal(fd) {
		fmt.Fprintf(os.Stderr, "Password for %s: ", c.Name)
		b, err := term.ReadPassword(fd)
		fmt.Fprintln(os.Stderr)
		if err != nil {
			return err
		}
		password = string(b)
	} else {
		line, err := bufio.NewReader(os.Stdin).ReadString('\n')
		if err != nil && line == "" {
			return fmt.Errorf("user add: no password on stdin")
		}
		password = strings.TrimRight(line, "\r\n")
	}
	if err := review.AddUser(c.Users, c.Name, password); err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	fmt.Fprintf(os.Stderr, "%s added to %s\n", c.Name, c.Users)
	return nil
}
