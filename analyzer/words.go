package analyzer

import (
	"fmt"
	"strings"
)

// wordSet names a word set of rules/<language>/words.json that the engine
// consults: words matched by their stem.
type wordSet int

// The word sets, in the order of wordSetNames.
const (
	wordsNotDataAfter wordSet = iota
	wordsDeleting
	wordsKeeping
	wordsSaleModified
	wordsTradeObject
	wordsTradeCoordinate
	wordsGoods
	wordsReaderAsks
	wordsReaderAble
	wordsInstructing
	wordsNoActorUse
	wordsAskToKnow
	wordsToldAbout
	wordsToldOf
	wordsEmails
	wordsTexts
	wordsDefining
	wordsHandingOver
	wordsDeterminers
	wordsRunning
	wordsGiving
	wordsModal
	wordsAddressLead
	wordsAddressPrep
	wordsVisitTime
	wordsVisitModifier
	wordsPlacePicker
	wordsReaderOwner
	wordsDeclining
	wordsActivities
	wordsListing
	wordsEnglish
	numWordSets
)

// wordSetNames are the ids of the word sets in rules/<language>/words.json.
var wordSetNames = [numWordSets]string{"not-data-after", "deleting", "keeping", "sale-modified", "trade-object",
	"trade-coordinate", "goods", "reader-asks", "reader-able", "instructing", "no-actor-use",
	"ask-to-know", "told-about", "told-of", "emails", "texts", "defining", "handing-over", "determiners", "running", "giving", "modal",
	"address-lead", "address-prep", "visit-time", "visit-modifier", "place-picker", "reader-owner", "declining", "activities", "listing", "function-words"}

// exactSet is a grammar set: words matched as they are written, without
// stemming ("include" and "includes", not "including"). ids marks the stems
// of its words, so that most tokens are ruled out by one look-up.
type exactSet struct {
	ids   []bool   // by token id: the stem of one of words
	words []string // lower-case ASCII letters
}

// grammarSet names a grammar set of rules/<language>/grammar.json: the
// function words and cue words the classes test, by their role.
type grammarSet int

// The grammar sets, in the order of grammarNames.
const (
	gReader         grammarSet = iota // the reader: "you"
	gWe                               // the company as subject: "we"
	gUs                               // the company as object: "us"
	gOur                              // the company's: "our"
	gOurForms                         // words of the company that name no actor: "our", "ours", "us"
	gThey                             // a third party as subject: "they"
	gSubjects                         // subjects that start a new statement: "we", "you", "they"
	gAndOr                            // "and", "or"
	gTo                               // "to"
	gToWith                           // "to", "with": the receiver follows
	gFrom                             // "from": a source follows
	gFor                              // "for"
	gOn                               // "on"
	gBy                               // "by": "By using the Site, you consent ..."
	gOf                               // "of"
	gNot                              // "not"
	gDo                               // "do"
	gDont                             // "dont"
	gPlease                           // "please"
	gOnly                             // "only"
	gSo                               // "so" ("so that")
	gThat                             // "that"
	gThatWhich                        // "that", "which"
	gRelative                         // "that", "which", "who"
	gWho                              // "who"
	gTrack                            // "track" ("Do Not Track")
	gBased                            // "based"
	gUseForms                         // the forms of "use"
	gItThem                           // "it", "them": data named before
	gDataPronouns                     // words after a sale that stand for data: "it", "them", "your"
	gReaderObjects                    // the reader as receiver: "you", "yourself"
	gAgeLead                          // words before a minimum age: "under", "at least"
	gAgeUnit                          // words after a minimum age: "years"
	gNumberWords                      // numbers written as words: "thirty days"
	gReadersRight                     // words that make a right the reader's: "right", "request", "your"
	gRight                            // "right", "rights"
	gReserving                        // the company keeping a right to itself: "reserve", "retain"
	gConditional                      // words opening a condition on the reader's action: "if", "when", "after"
	gOccasion                         // words opening an occasion with "you": "when", "if", "whenever"
	gPurpose                          // "purpose", "purposes"
	gSaleLead                         // words between the reader and a sale that keep the reader its subject: "may", "not", "want to"
	gTrade                            // the forms of "trade", which sells data only with an object
	gBusiness                         // any business the law speaks of: "businesses that sell"
	gArticle                          // "a", "an"
	gDataContainers                   // what holds data after "a": "a list", "a copy", "a database"
	gKeepingNouns                     // nouns of keeping data: "retention", "storage"
	gHandlingNouns                    // nouns of what is done to data: "collection", "use", "disclosure"
	gClickVisit                       // the reader acting on a page: "click", "visit"
	gVisit                            // "visit", "visits"
	gWarningOpeners                   // sentence openers of advice to the reader: "never", "avoid"
	gQuestionWords                    // words opening a question: "what", "how", "which"
	gMadeOf                           // words saying what something is made of: "include", "consist", "are"
	gNotAnItem                        // openers of a sentence that is not a bare list item: "you", "we", "if", "please"
	gNameBreakers                     // small words that end a name in Title Case: "your", "the", "and", "of"
	gAbbreviations                    // words whose stop does not end a clause: "etc", "inc", "ltd"
	gLocations                        // "locations": places, not where the reader is
	gLabelNouns                       // the last word of a label of data: "Payment Information"
	gSold                             // "sold": "your data will not be sold"
	gSoldCompany                      // what is sold when the company is: "business", "company", "assets"
	gDefines                          // words of a definition: "refers", "means", "defined"
	gPeriodLead                       // words before a period that make it how long data is kept: "for 90 days", "up to", "after"
	gPeriodEnd                        // words after a period that make it how long: "30 days after"
	numGrammar
)

// grammarNames are the ids of the grammar sets in rules/<language>/grammar.json.
var grammarNames = [numGrammar]string{"reader", "we", "us", "our", "our-forms", "they", "subjects", "and-or", "to", "to-with",
	"from", "for", "on", "by", "of", "not", "do", "dont", "please", "only", "so", "that", "that-which", "relative", "who", "track",
	"based", "use-forms", "it-them", "data-pronouns", "reader-objects", "age-lead", "age-unit", "number-words", "readers-right",
	"right", "reserving", "conditional", "occasion", "purpose", "sale-lead", "trade", "business", "article", "data-containers",
	"keeping-nouns", "handling-nouns", "click-visit", "visit", "warning-openers", "question-words", "made-of", "not-an-item",
	"name-breakers", "abbreviations", "locations", "label-nouns", "sold", "sold-company", "defines", "period-lead", "period-end"}

// compileGrammar reads the grammar sets: each a list of words matched
// exactly. Their words join the vocabulary, so that a token's id rules out
// most sets at once. A set the engine names but the rules lack is empty
// (TestRuleFiles checks that the shipped rules have each).
func (lx *lexicon) compileGrammar() error {
	byName := map[string]int{}
	for g, name := range grammarNames {
		byName[name] = g
	}
	for _, e := range lx.entries {
		if e.Class != "grammar" {
			continue
		}
		g, ok := byName[e.ID]
		if !ok {
			return fmt.Errorf("grammar/%s: a grammar set the engine does not use", e.ID)
		}
		set := &lx.grammar[g]
		for _, w := range e.Patterns {
			if len(w) == 0 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
				return fmt.Errorf("grammar/%s: %q is not one lower-case ASCII word", e.ID, w)
			}
			set.words = append(set.words, w)
		}
	}
	for g := range lx.grammar {
		set := &lx.grammar[g]
		var ids []int32
		for _, w := range set.words {
			ids = append(ids, lx.wordID(w))
		}
		set.ids = make([]bool, len(lx.vocab)+1)
		for _, id := range ids {
			set.ids[id] = true
		}
	}
	return nil
}

// ruleRef names a rule entry (a class and an id) that the engine tests by
// itself: a cue, or one entry of a class that the classes treat apart.
type ruleRef int

// The rules the engine names, in the order of knownRules.
const (
	rNegation ruleRef = iota
	rCondition
	rClauseBreak
	rCollect
	rUse
	rShare
	rStore
	rWe
	rYou
	rOtherActor
	rUserPref
	rMeta
	rAdvice
	rDisclaimer
	rBusinessTransfer
	rSocialNetworks
	rOtherThirdParties
	rServiceProviders
	rEmail
	rLocation
	rBrowsing
	rName
	rSignal
	rRespond
	rNoStandard
	rPurpose
	rChoice
	rPeriod
	rAsNeeded
	rIndefinite
	rRetain
	rOptOutSale
	rOptOutMarketing
	rCookieControl
	rDeletion
	rFree
	numRefs
)

// knownRules are the class and id of each ruleRef.
var knownRules = [numRefs]struct{ class, id string }{
	{"cue", "negation"}, {"cue", "condition"}, {"cue", "clause-break"}, {"cue", "collect"}, {"cue", "use"},
	{"cue", "share"}, {"cue", "store"}, {"cue", "we"}, {"cue", "you"}, {"cue", "other-actor"}, {"cue", "user-pref"},
	{"cue", "meta"}, {"cue", "advice"}, {"cue", "disclaimer"},
	{"recipient", "business-transfer"}, {"recipient", "social-networks"}, {"recipient", "other-third-parties"},
	{"recipient", "service-providers"},
	{"datatype", "email"}, {"datatype", "location"}, {"datatype", "browsing"}, {"datatype", "name"},
	{"dnt", "signal"}, {"dnt", "respond"}, {"dnt", "no-standard"},
	{"practice", "purpose"}, {"practice", "choice"},
	{"retention", "period"}, {"retention", "as-needed"}, {"retention", "indefinite"}, {"retention", "retain"},
	{"right", "opt-out-sale"}, {"right", "opt-out-marketing"}, {"right", "cookie-control"}, {"right", "deletion"},
	{"fee", "free"},
}

// resolveRefs finds the entry of each rule the engine names (-1 when the
// rules lack it; TestRuleFiles checks that the shipped rules have each).
func (lx *lexicon) resolveRefs() {
	for r, k := range knownRules {
		lx.refs[r] = -1
		if e := lx.byClass[k.class][k.id]; e != nil {
			lx.refs[r] = e.idx
		}
	}
}

// is reports whether entry e is rule r.
func (lx *lexicon) is(e *entry, r ruleRef) bool { return e.idx == lx.refs[r] }

// dataVerb reports whether e is a verb that collects, uses, shares or sells
// data.
func (lx *lexicon) dataVerb(e *entry) bool {
	return e.Class == "sale" || lx.is(e, rCollect) || lx.is(e, rUse) || lx.is(e, rShare)
}
