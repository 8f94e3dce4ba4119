package analyzer

// Named is one id a report can hold, with the name its rule gives it and,
// for a data type, its group.
type Named struct {
	ID    string
	Name  string
	Group string
}

// Catalog is every id the analyzer can put in a report, field by field. The
// lists of named things come from the rule data, so a new rule shows up
// here by itself; the values that Go code decides are listed by hand.
//
// Whatever shows reports tests with it that it can name every id (see the
// summary package), and reads from it the names that reports do not carry,
// such as those of transfer safeguards.
type Catalog struct {
	DataTypes     []Named  // dataTypes[].id with name and group
	Recipients    []Named  // sharing.recipients[].id
	Rights        []Named  // rights[].id
	Measures      []Named  // security.measures[].id
	LegalBases    []Named  // legalBases[].id
	Safeguards    []Named  // transfers.safeguards[]
	ChangeNotices []Named  // changes.notice[]
	Purposes      []Named  // purposes[].id
	Sources       []Named  // sources[].id
	ContactKinds  []string // contacts[].kind
	Sale          []string // sharing.sale
	Retention     []string // retention.policy
	DoNotTrack    []string // doNotTrack.status
	Breach        []string // breach.notify
	NoticeLevels  []string // notices[].level
}

// SafeguardName returns the name the rules give the transfer safeguard id,
// as IDs().Safeguards has it, or "" for an id that is none. It reads the
// rules without building the catalog, which the page does not link.
func SafeguardName(id string) string {
	if e := rules().ByClass["transfer"][id]; e != nil && id != "international" {
		return e.Name
	}
	return ""
}

// IDs returns the catalog of the embedded rules.
func IDs() Catalog {
	c := Catalog{
		ContactKinds: []string{"email", "url"},
		Sale:         []string{"yes", "ccpa", "no", "unstated"},
		Retention:    []string{"indefinite", "limited", "partial", "as-needed", "mentioned", "none", "unstated"},
		DoNotTrack:   []string{"honored", "not-honored", "unstated"},
		Breach:       []string{"yes", "no", "unstated"},
		NoticeLevels: []string{"info", "warning", "error"},
	}
	for _, e := range rules().Entries {
		n := Named{ID: e.ID, Name: e.Name, Group: e.Group}
		switch e.Class {
		case "datatype":
			c.DataTypes = append(c.DataTypes, n)
		case "recipient":
			c.Recipients = append(c.Recipients, n)
		case "right":
			c.Rights = append(c.Rights, n)
		case "security":
			c.Measures = append(c.Measures, n)
		case "legal-basis":
			if e.ID != "basis" { // "a legal basis is stated" names none
				c.LegalBases = append(c.LegalBases, n)
			}
		case "transfer":
			if e.ID != "international" { // the transfer itself, not a safeguard
				c.Safeguards = append(c.Safeguards, n)
			}
		case "purpose":
			if e.Group == e.ID { // targeted advertising is listed as advertising
				c.Purposes = append(c.Purposes, n)
			}
		case "source":
			c.Sources = append(c.Sources, n)
		case "notice":
			if e.ID != "none" { // "without notice" is no way of telling
				c.ChangeNotices = append(c.ChangeNotices, n)
			}
		}
	}
	return c
}
