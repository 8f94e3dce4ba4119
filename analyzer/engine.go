package analyzer

// analyze is a placeholder until the engine lands.
func analyze(text string, c *config) *Report {
	r := newReport(len(text))
	return r
}

func newReport(n int) *Report {
	return &Report{
		Version:    FormatVersion,
		Language:   "en",
		Notices:    []Notice{},
		Categories: []string{},
		DataTypes:  []DataType{},
		Sharing:    Sharing{Sale: "unstated", SaleEvidence: []int{}, Recipients: []Recipient{}},
		Rights:     []Right{},
		Retention:  Retention{Policy: "unstated", Periods: []string{}, Evidence: []int{}},
		Security:   Security{Measures: []Item{}},
		Children:   Children{Evidence: []int{}},
		DoNotTrack: DoNotTrack{Status: "unstated", Evidence: []int{}},
		Changes:    Changes{Notice: []string{}, Evidence: []int{}},
		Transfers:  Transfers{Safeguards: []string{}, Evidence: []int{}},
		LegalBases: []Item{},
		Contacts:   []Contact{},
		Points:     []Point{},
		Missing:    []Missing{},
		Findings:   []Finding{},
		Blocks:     []Block{},
		Stats:      Stats{Bytes: n},
	}
}
