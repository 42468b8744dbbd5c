package configs

// SiteRules are the CSS selectors of one site (configs/sites/NAME.yaml).
type SiteRules struct {
	Name      string   `yaml:"name"`
	Hosts     []string `yaml:"hosts"`
	Title     string   `yaml:"title"`
	Body      string   `yaml:"body"`
	Published string   `yaml:"published"`
	Byline    string   `yaml:"byline"`
	Drop      []string `yaml:"drop"`
}
