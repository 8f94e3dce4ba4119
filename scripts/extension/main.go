package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	var c config
	flag.StringVar(&c.src, "src", "site/extension", "extension sources")
	flag.StringVar(&c.site, "site", "dist/site", "built web page (with asset-manifest.json)")
	flag.StringVar(&c.out, "out", "dist", "output directory")
	flag.Parse()
	sum, err := build(c)
	if err != nil {
		fmt.Fprintln(os.Stderr, "extension:", err)
		os.Exit(1)
	}
	fmt.Println(sum)
}
