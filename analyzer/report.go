package analyzer

// FormatVersion is the version of the JSON report format. It changes only when
// a field is renamed or removed; new fields may appear in any version.
const FormatVersion = 1

// Report is everything the analyzer found in one policy. It is the contract
// between the engine and every consumer (CLI, web page, extension, share
// links): field names are stable and documented in the README.
//
// Evidence fields hold indices into Findings.
type Report struct {
	Version    int        `json:"version"`
	Language   string     `json:"language"` // "en", or "unknown" when the text does not look English
	Notices    []Notice   `json:"notices"`  // messages about the input itself (empty, not English, binary, ...)
	Categories []string   `json:"categories"`
	DataTypes  []DataType `json:"dataTypes"`
	Sharing    Sharing    `json:"sharing"`
	Rights     []Right    `json:"rights"`
	Retention  Retention  `json:"retention"`
	Security   Security   `json:"security"`
	Children   Children   `json:"children"`
	DoNotTrack DoNotTrack `json:"doNotTrack"`
	Changes    Changes    `json:"changes"`
	Transfers  Transfers  `json:"transfers"`
	LegalBases []Item     `json:"legalBases"`
	Purposes   []Purpose  `json:"purposes"`    // what data is used for
	Sources    []Item     `json:"sources"`     // where they get data about the reader, besides the reader
	Breach     Breach     `json:"breach"`      // whether they tell the reader of a breach
	Updated    Updated    `json:"lastUpdated"` // when the policy says it was last updated or took effect
	Rubric     Rubric     `json:"rubric"`      // PrivacySpy's rubric, answered from the findings
	Contacts   []Contact  `json:"contacts"`
	Points     []Point    `json:"points"`
	Missing    []Missing  `json:"missing"`
	Findings   []Finding  `json:"findings"`
	Blocks     []Block    `json:"blocks"`
	Stats      Stats      `json:"stats"`
}

// Notice is a message about the input as a whole, such as "this does not look
// like an English privacy policy". Level is "info", "warning" or "error".
type Notice struct {
	ID      string `json:"id"`
	Level   string `json:"level"`
	Message string `json:"message"`
}

// Finding is one piece of evidence: a span of the original input, the rule
// that matched it and what it means. Input[Start:End] == Text always holds.
type Finding struct {
	Kind        string `json:"kind"`     // collect, share, sale, right, retention, security, children, change, transfer, dnt, legal-basis, contact, practice
	ID          string `json:"id"`       // the item within its kind: "email", "advertisers", "deletion", ...; for a sale its sense: "sale", "ccpa" (the CCPA's wide sense), "ordinary" (a denial in the ordinary sense only), "minors" (a denial about minors only)
	Category    string `json:"category"` // OPP-115 practice category
	Start       int    `json:"start"`    // byte offset into the input
	End         int    `json:"end"`      // byte offset into the input, exclusive
	Text        string `json:"text"`
	Negated     bool   `json:"negated"`             // the sentence says this does NOT happen
	Condition   string `json:"condition,omitempty"` // "unless you authorize", "if required by law", ...
	Rule        string `json:"rule"`                // rule id, e.g. "datatype.email"
	Explanation string `json:"explanation"`         // one plain-English line
	Sentence    Span   `json:"sentence"`            // the sentence holding the evidence
	Intro       Span   `json:"intro,omitzero"`      // for a sentence of a list item: the sentence introducing the list ("We collect:"), which a quote of the item shows with it; zero otherwise (omitted from the JSON)

	note findingNote // what the reading noted for the report's sections; not part of the format
	age  uint8       // a minimum age's value ("13", "thirteen"); not part of the format
	key  uint16      // its ID's key (idKeys), set by summarize; not part of the format
}

// findingNote is what the reading notes about a finding for summarize,
// kept on the finding so that it moves with it (the model pass drops and
// moves a sentence's findings).
type findingNote uint32

const (
	noteTitled       findingNote = 1 << iota // from a title or a question: never the evidence of a claim
	noteIncidental                           // a recipient named without data passed to it, or denied without a verb of passing data on; data named only (in a definition, as a channel); a need for keeping read with a bare verb; a Do Not Track status read only from the lack of a standard; a minimum age a law states ("COPPA protects children under 13")
	noteRegional                             // a minimum age for the readers of a region
	noteWeDeny                               // a denial of passing data on with "we" its subject ("we do not share"), not a rule for the reader
	noteAnyData                              // unspecified data widened to all of it ("any information", "any data"), or denied as a whole ("None of the information we collect")
	noteRunIn                                // from a bold title opening a list item or paragraph: evidence only where the text after it does not state the same
	noteSaleDenial                           // a recipient denied only by a verb of selling: the sale verdict's evidence, no denial of sharing with it
	noteBars                                 // a minimum age that bars the young from the service ("you may not use the service if you are under 18")
	noteConsent                              // an age below which a parent must consent ("under 13 without parental consent"): no minimum age
	noteAfterLeaving                         // a retention period in a sentence about the reader's account ending ("30 days after you delete your account") or the reader asking for deletion ("within 90 days of your request")
	noteSomeData                             // a retention period or need of specific data only ("IP addresses are deleted after 100 days", "we keep payment details only as long as the transaction needs"; backups: classes.SomeDataKept)
	noteInDenial                             // from a sentence that denies something ("We will not sell it but may share it with vendors"): quoted after plain statements
	noteSaleOffer                            // a right to opt out of the sale of the reader's data the company offers (a "Do Not Sell My Personal Information" link or setting, "you have the right to opt out of the sale of your personal information": classes.SaleOptOutOffered), which a business that sells in California's sense must offer
	noteRightPhrase                          // a right read from its rule's full phrase with its object, framed as the reader's ("you can request that we delete"): the model does not rule it out
	noteAggregate                            // data passed on only aggregated or anonymised ("aggregate demographic information", "usage data in anonymized form"): none of the reader's personal data leaves
	noteExcepted                             // what an exception names ("except to our service providers"): left out of the denial it qualifies
	noteWeOnly                               // passing data on that "we" narrow with "only" to a condition ("we will only disclose it if you agree"): denied but under that condition, as a noteWeDeny is
	noteLawNeed                              // a retention need of a sentence that names only the law's needs ("we may retain certain information as required by law"): why some data is kept, not how long
	noteOwnException                         // a sale denial whose exception points to the rest of the policy ("We do not sell it, except as described in this Privacy Policy"): it denies only what the rest leaves out; or one in the terms of a law whose sale is only for money ("as defined in Chapter 603A of the Nevada Revised Statutes": classes.NarrowSaleLaw), which leaves California's wide sense open
	noteNotPersonal                          // a retention need or period of data that is not the reader's ("we retain aggregated information as long as necessary"; classes.NotPersonalKept): some data kept, not how long theirs is
	noteServed                               // an age of the young the company serves ("extra care for learners under 13") or whose data it passes on, no minimum age: no verdict weighs it (classes.Evidence.Served)
	noteOthersTool                           // a web address of another's tool to use a right ("youronlinechoices.com", a browser add-on), named where the sentence only speaks of opting out: how to use the right, no contact of the company's
	noteMinimum                              // a retention period that is the least time data is kept ("for at least seven years": classes.Evidence.Minimum): no limit
)

// Span is a byte range [Start, End) of the input.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// DataType is a kind of personal data the policy mentions.
type DataType struct {
	ID        string `json:"id"`        // "email", "precise-location", ...
	Name      string `json:"name"`      // "Email address"
	Group     string `json:"group"`     // OPP-115 data type group: contact, location, ...
	Collected bool   `json:"collected"` // the first party collects it
	Shared    bool   `json:"shared"`    // it goes to third parties
	Sensitive bool   `json:"sensitive"` // special category (health, biometrics, government id, ...)
	Evidence  []int  `json:"evidence"`
}

// Sharing says who receives data and whether it is sold. Sale weighs every
// statement of the policy about selling (see decideSale): "yes" (it says it
// sells), "ccpa" (it sells only in the wide sense of California's privacy
// law, which counts sharing for targeted ads as a sale, while saying it does
// not sell data for money), "no" (it denies selling) or "unstated".
// SaleEvidence holds the findings that support the verdict, the one that
// decided it first; SaleCondition is that one's condition.
type Sharing struct {
	Sale          string      `json:"sale"` // "yes", "ccpa", "no" or "unstated"
	SaleCondition string      `json:"saleCondition,omitempty"`
	SaleEvidence  []int       `json:"saleEvidence"`
	Recipients    []Recipient `json:"recipients"`
}

// Recipient is a class of third party that receives data.
type Recipient struct {
	ID        string `json:"id"` // service-providers, affiliates, advertisers, ...
	Name      string `json:"name"`
	Negated   bool   `json:"negated"` // only ever mentioned as NOT receiving data
	Condition string `json:"condition,omitempty"`
	// AggregateOnly: every statement that it gets data is one of aggregate
	// or anonymous data only ("We may share aggregate demographic
	// information with advertisers"): none of the reader's own data.
	AggregateOnly bool  `json:"aggregateOnly,omitempty"`
	Evidence      []int `json:"evidence"`
}

// Right is a right or choice the reader has, with how to use it.
type Right struct {
	ID         string   `json:"id"` // access, deletion, opt-out-marketing, ...
	Name       string   `json:"name"`
	How        []string `json:"how"`        // "email privacy@example.com", "account settings", URLs
	Conditions []string `json:"conditions"` // "a fee may be charged", ...
	Evidence   []int    `json:"evidence"`
}

// Retention says how long data is kept.
type Retention struct {
	Policy  string   `json:"policy"`  // "indefinite", "limited", "partial" (periods of some data only), "as-needed", "mentioned" (kept or deleted, no period given, or only the least time some data is kept: "for at least seven years"), "none" (it only denies keeping some data: "we never keep logs") or "unstated"
	Periods []string `json:"periods"` // periods quoted from the text: "30 days", "7 years"
	// Days is how many days each period of Periods lasts, in its order
	// ("24 hours" is 1), 0 when unknown; absent in reports written before
	// it.
	Days     []float64 `json:"days"`
	Evidence []int     `json:"evidence"`
}

// Security lists the protective measures the policy names.
type Security struct {
	Measures []Item `json:"measures"`
}

// Item is a simple named thing with evidence.
type Item struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Evidence []int  `json:"evidence"`
}

// Children says what the policy says about children: MinAge, the age below
// which the service is not for them, and ConsentAge, the age below which a
// parent must consent (above MinAge; "If you are under 15, ask your
// guardian's permission" with no minimum gives 15); each 0 when unstated.
type Children struct {
	MinAge     int   `json:"minAge"`
	ConsentAge int   `json:"consentAge,omitempty"`
	Evidence   []int `json:"evidence"`
}

// DoNotTrack is "honored", "not-honored" or "unstated".
type DoNotTrack struct {
	Status   string `json:"status"`
	Evidence []int  `json:"evidence"`
}

// Changes says how readers are told about changes to the policy:
// Notice lists "email", "posted", "in-app", "consent", and "told" (a notice
// by no named way) when no other sentence names one but posting; empty when
// unstated.
type Changes struct {
	Mentioned bool     `json:"mentioned"`
	Notice    []string `json:"notice"`
	Evidence  []int    `json:"evidence"`
}

// Transfers says whether data leaves the reader's country and under which safeguards.
type Transfers struct {
	Mentioned  bool     `json:"mentioned"`
	Safeguards []string `json:"safeguards"` // "standard-contractual-clauses", "adequacy-decision", ...
	Evidence   []int    `json:"evidence"`
}

// Purpose is something the policy says data is used for: advertising,
// marketing, analytics, personalization, service, security, legal, research
// or other. Targeted is set for advertising aimed at the reader's behaviour
// or interests ("interest-based", "behavioural", "personalised ads").
type Purpose struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Targeted bool   `json:"targeted,omitempty"`
	Evidence []int  `json:"evidence"`
}

// Breach says whether the policy promises to tell the reader of a data
// breach: Notify is "yes", "no" or "unstated"; Within is the delay it names
// ("72 hours"), if any.
type Breach struct {
	Notify   string `json:"notify"`
	Within   string `json:"within,omitempty"`
	Evidence []int  `json:"evidence"`
}

// Updated is the date the policy says it was last updated or took effect:
// Date in ISO 8601 (YYYY-MM-DD, or YYYY-MM) when it can be read, and Text as
// written ("April 1, 2015"); both empty when the policy gives none.
type Updated struct {
	Date     string `json:"date,omitempty"`
	Text     string `json:"text,omitempty"`
	Evidence []int  `json:"evidence"`
}

// Rubric is PrivacySpy's rubric (privacyspy.org, CC BY 4.0) answered for
// this policy: one item per question, and the score out of 10 by
// PrivacySpy's formula, 10 * sum(points * percent / 100) / sum(points),
// rounded to one decimal.
type Rubric struct {
	Score float64      `json:"score"`
	Items []RubricItem `json:"items"`
}

// RubricItem is one question of the rubric and its answer: ID and Answer are
// PrivacySpy's slug and option id; Evidence holds the findings that decided
// the answer (empty when the policy's silence decided it).
type RubricItem struct {
	ID         string `json:"id"`
	Answer     string `json:"answer"`
	Question   string `json:"question"`
	AnswerText string `json:"answerText"`
	Points     int    `json:"points"`
	Evidence   []int  `json:"evidence"`
}

// Contact is a way to reach the company named in the policy.
type Contact struct {
	Kind     string `json:"kind"` // email, url, phone
	Value    string `json:"value"`
	Evidence []int  `json:"evidence"`
}

// Point is a good or bad thing for the reader, citing its evidence.
type Point struct {
	ID       string `json:"id"`
	Polarity string `json:"polarity"` // "good", "bad" or "neutral"
	Text     string `json:"text"`
	Evidence []int  `json:"evidence"`
}

// Missing is something a complete policy should say and this one does not.
type Missing struct {
	ID   string `json:"id"`
	Law  string `json:"law"` // "GDPR Art. 13(2)(a)", "CCPA 1798.100", ...
	Text string `json:"text"`
}

// Block is a structural unit of the input: heading, paragraph or list-item.
type Block struct {
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Stats describes the input and the analysis.
type Stats struct {
	Bytes     int `json:"bytes"`
	Words     int `json:"words"`
	Sentences int `json:"sentences"`
	Blocks    int `json:"blocks"`
	Findings  int `json:"findings"`
}
