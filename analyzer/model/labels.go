package model

// Label prefixes: a head's name is a prefix and an id ("cat:user-access").
const (
	Category  = "cat:"
	Statement = "stmt:"
	DataType  = "dt:"
	Right     = "right:"
	Recipient = "rec:"
	Purpose   = "purpose:"
	Source    = "source:"
	Sale      = "sale:"
)

// NumCategories is len(Categories).
const NumCategories = 9

// Categories are the OPP-115 practice categories a sentence may state.
var Categories = [NumCategories]string{"first-party-collection", "third-party-sharing", "user-choice", "user-access",
	"data-retention", "data-security", "policy-change", "do-not-track", "specific-audiences"}

// DataTypes are the OPP-115 data type groups.
var DataTypes = []string{"computer-info", "contact", "cookies-tracking", "demographic", "financial", "generic-personal",
	"health", "ip-device-ids", "location", "personal-identifier", "social-media", "survey", "online-activities", "user-profile"}

// Rights are the reader's rights and choices.
var Rights = []string{"access", "correction", "deletion", "portability", "restriction", "objection", "opt-out-marketing",
	"opt-out-sale", "limit-sensitive", "withdraw-consent", "complaint", "non-discrimination", "cookie-control"}

// Recipients are the kinds of third party that receive data.
var Recipients = []string{"service-providers", "affiliates", "advertisers", "analytics", "business-partners",
	"social-networks", "law-enforcement", "business-transfer", "public", "other-third-parties"}

// Purposes are what data is used for.
var Purposes = []string{"advertising", "marketing", "analytics", "personalization", "service", "security", "legal", "research", "other"}

// Sources are where data about the reader comes from, besides the reader.
var Sources = []string{"social-networks", "data-brokers", "partners", "public", "other"}

// Sales are what a sentence says about selling personal data.
var Sales = []string{"sells", "does-not-sell", "mention"}

// Labels returns every head name a model may have, in a fixed order:
// "stmt:practice", the categories, data types, rights, recipients,
// purposes, sources and sales, each with its prefix.
func Labels() []string {
	out := []string{Statement + "practice"}
	for _, g := range []struct {
		prefix string
		ids    []string
	}{{Category, Categories[:]}, {DataType, DataTypes}, {Right, Rights}, {Recipient, Recipients},
		{Purpose, Purposes}, {Source, Sources}, {Sale, Sales}} {
		for _, id := range g.ids {
			out = append(out, g.prefix+id)
		}
	}
	return out
}
