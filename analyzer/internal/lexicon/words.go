package lexicon

// WordSet names a word set of rules/<language>/words.json that the engine
// consults: words matched by their stem.
type WordSet int

// The word sets, in the order of wordSetNames.
const (
	WordsNotDataAfter WordSet = iota
	WordsDeleting
	WordsKeeping
	WordsSaleModified
	WordsTradeObject
	WordsTradeCoordinate
	WordsGoods
	WordsReaderAsks
	WordsReaderAble
	WordsInstructing
	WordsNoActorUse
	WordsAskToKnow
	WordsToldAbout
	WordsToldOf
	WordsEmails
	WordsTexts
	WordsDefining
	WordsHandingOver
	WordsDeterminers
	WordsRunning
	WordsGiving
	WordsModal
	WordsAddressLead
	WordsAddressPrep
	WordsVisitTime
	WordsVisitModifier
	WordsPlacePicker
	WordsReaderOwner
	WordsDeclining
	WordsActivities
	WordsListing
	WordsEnglish
	WordsPolicy
	WordsAggregate
	WordsBusinessDeal
	WordsWideSale
	WordsOrdinarySense
	WordsInterests
	WordsReceiving
	WordsObliged
	WordsChangeNouns
	WordsCookieActs
	WordsSettingsObjects
	WordsHosting
	WordsLacking
	WordsSourceLead
	WordsEngaging
	WordsNeededFor
	WordsRightVerbs
	WordsUndertaking
	WordsAnalysing
	WordsProvidedBy
	WordsProcessedBy
	WordsKeptStates
	WordsCookieLists
	WordsLetting
	WordsLegalDuty
	WordsEnabling
	WordsVisibility
	WordsEnded
	WordsContinuing
	WordsRegulatorDealings
	WordsComplaining
	WordsNewsNouns
	WordsNewsLead
	WordsNewsTopic
	WordsYourForms
	WordsAllEvery
	WordsRetainedRights
	WordsAsserting
	WordsPublicly
	WordsSettingsOwners
	WordsNotifications
	WordsBrandWords
	WordsIdentifying
	WordsNotIdentifyingLead
	WordsTrackerForms
	WordsHealthAtRisk
	WordsHealthRoles
	WordsErasing
	WordsGivenElsewhere
	WordsAboveBelow
	WordsWatching
	WordsViewing
	WordsOptOutCollection
	WordsOptOutAnalytics
	WordsMarketing
	WordsBrowserNames
	WordsDeviceNames
	WordsDeviceLinking
	WordsSettingsNouns
	WordsChangedThings
	WordsChangedAspects
	WordsChangeIn
	WordsSettingsPreps
	WordsBehalf
	WordsPlainParties
	WordsConditionOpeners
	WordsConsentWords
	WordsGuardians
	WordsUnaffiliating
	WordsSponsoredThings
	WordsPowerHolders
	WordsPowerKinds
	WordsRegistering
	WordsServiceUse
	WordsGuardianConsent
	WordsAgeBars
	WordsAgeBelow
	WordsAgeMinimum
	WordsParentWords
	WordsParentLeave
	WordsRegionNames
	WordsAnswering
	WordsBindingOthers
	WordsReaderMachines
	WordsReadingTogether
	WordsOtherCompanies
	WordsContentRemoval
	WordsPostedWords
	WordsResiding
	WordsAuthorizing
	WordsYourParties
	WordsPredicateConditions
	WordsBeForms
	WordsBeAdverbs
	WordsEllipticIf
	WordsMainModals
	WordsTransferring
	WordsDemands
	WordsTrackingActs
	WordsSystemParts
	WordsKeepingDenied
	WordsKeptRecords
	WordsDenialFillers
	WordsDenialLimits
	WordsLogging
	WordsLogInAfter
	WordsRegulatorNames
	WordsClauseJoiners
	WordsStatementOpeners
	WordsHandOver
	WordsManyOf
	WordsCompanyKinds
	WordsAnyOne
	WordsOneReader
	WordsLawNames
	WordsLocationWords
	WordsLeavingActs
	WordsAccountWords
	WordsAccountEndLinks
	WordsAnalyticsNames
	WordsAgents
	WordsAgentLeads
	WordsProcessorRoles
	WordsRoleAs
	WordsRoleVerbs
	WordsComparingAs
	WordsRoleFillers
	WordsEngagingProviders
	WordsReporting
	WordsLegalOrders
	WordsConfidentiality
	WordsCompanyNames
	WordsRecordStores
	WordsCookieRefusals
	WordsImpairing
	WordsTrackerKinds
	WordsSaving
	WordsAssenting
	WordsStopping
	WordsLinking
	WordsContaining
	WordsTakingPart
	WordsActivityNouns
	WordsTopicOf
	WordsTopicHeads
	WordsPracticeNouns
	WordsTopicOnNot
	WordsLawSubjects
	WordsLawDuties
	WordsPolicyReading
	WordsPrivacyDocs
	WordsPrivacyLead
	WordsOwnDocs
	WordsPaymentHandling
	WordsStudyNouns
	WordsAgentPreps
	WordsDevicePlaces
	WordsDativeFillers
	WordsCompanySuffixes
	WordsRequestTelling
	WordsAskingUs
	WordsSigningIn
	WordsAccountOpening
	WordsCredentialWords
	WordsAsking
	WordsMessageWays
	WordsWayPreps
	WordsReaching
	WordsNoting
	WordsReceiptVerbs
	WordsReceiptFillers
	WordsCookieSetters
	WordsComplaintHandling
	WordsNecessity
	WordsSuchKind
	WordsControllerRoles
	WordsOtherOne
	WordsAcquiring
	WordsTopicClause
	WordsForeign
	WordsDeviceControls
	WordsVarying
	WordsForbidding
	WordsReadersDuty
	WordsQueries
	WordsReadersVoice
	WordsNonRecipients
	WordsAttackers
	WordsContactHeads
	WordsLawNeeds
	WordsLongAs
	WordsCustomersKept
	WordsCustomersKeptAfter
	WordsBasisHeads
	WordsCondSubjectLeads
	WordsTopicVerbs
	WordsTopicSteering
	WordsOpting
	WordsWhetherVerbs
	WordsWhetherTold
	WordsEnforcing
	WordsMeasureNouns
	WordsApplying
	WordsSaleWords
	WordsNarrowSaleLaws
	WordsWideSaleLaws
	WordsOpposing
	WordsIncident
	WordsRelying
	WordsOptOutFeatures
	WordsCaution
	WordsSendingTo
	WordsIdentityChecks
	WordsCheckedBefore
	WordsToolNouns
	WordsAccountNouns
	WordsNeedlessFillers
	WordsLocatedPersons
	WordsContractNouns
	WordsAccepting
	WordsByDefaultAdverbs
	WordsBrowserSteering
	WordsCaptureDevices
	WordsDevicePartHeads
	WordsDeviceParts
	WordsDeviceAttributes
	WordsDeviceOpening
	WordsForbiddenConduct
	WordsPlaceReach
	WordsAttempting
	WordsHedgingModals
	WordsDiscretion
	WordsBodyPrints
	WordsInferring
	numWordSets
)

// WordSetNames are the ids of the word sets in rules/<language>/words.json.
var WordSetNames = [numWordSets]string{"not-data-after", "deleting", "keeping", "sale-modified", "trade-object",
	"trade-coordinate", "goods", "reader-asks", "reader-able", "instructing", "no-actor-use",
	"ask-to-know", "told-about", "told-of", "emails", "texts", "defining", "handing-over", "determiners", "running", "giving", "modal",
	"address-lead", "address-prep", "visit-time", "visit-modifier", "place-picker", "reader-owner", "declining", "activities", "listing", "function-words", "policy-vocabulary",
	"aggregate-data", "business-deal", "wide-sale", "ordinary-sense", "interests", "receiving", "obliged", "change-nouns", "cookie-acts", "settings-objects", "hosting", "lacking",
	"source-lead", "engaging", "needed-for", "right-verbs", "undertaking", "analysing", "provided-by", "processed-by", "kept-states", "cookie-lists", "letting", "legal-duty", "enabling", "visibility", "ended", "continuing",
	"regulator-dealings", "complaining", "news-nouns", "news-lead", "news-topic", "your-forms", "all-every", "retained-rights", "asserting", "publicly", "settings-owners", "notifications", "brand-words", "identifying", "not-identifying-lead", "tracker-forms", "health-at-risk", "health-roles", "erasing", "given-elsewhere", "above-below", "watching", "viewing", "opt-out-collection", "opt-out-analytics", "marketing", "browser-names", "device-names", "device-linking", "settings-nouns", "changed-things", "changed-aspects", "change-in", "settings-preps", "behalf", "plain-parties", "condition-openers", "consent-words", "guardians", "unaffiliating", "sponsored-things", "power-holders", "power-kinds", "registering", "service-use", "guardian-consent", "age-bars", "age-below", "age-minimum", "parent-words", "parent-leave", "region-names", "answering", "binding-others", "reader-machines", "reading-together", "other-companies", "content-removal", "posted-words", "residing", "authorizing", "your-parties", "predicate-conditions", "be-forms", "be-adverbs", "elliptic-if", "main-modals", "transferring", "demands", "tracking-acts", "system-parts", "keeping-denied", "kept-records", "denial-fillers", "denial-limits", "logging", "log-in-after", "regulator-names", "clause-joiners", "statement-openers", "hand-over-words", "many-of", "company-kinds", "any-one", "one-reader", "law-names", "location-words", "leaving-acts", "account-words", "account-end-links", "analytics-names", "agents", "agent-leads", "processor-roles", "role-as", "role-verbs", "comparing-as", "role-fillers", "engaging-providers", "reporting", "legal-orders", "confidentiality", "company-names", "record-stores", "cookie-refusals", "impairing", "tracker-kinds", "saving", "assenting", "stopping", "linking", "containing", "taking-part", "activity-nouns", "topic-of", "topic-heads", "practice-nouns", "topic-on-not", "law-subjects", "law-duties", "policy-reading", "privacy-docs", "privacy-lead", "own-docs", "payment-handling", "study-nouns", "agent-preps", "device-places", "dative-fillers", "company-suffixes", "request-telling", "asking-us", "signing-in", "account-opening", "credential-words", "asking", "message-ways", "way-preps", "reaching", "noting", "receipt-verbs", "receipt-fillers", "cookie-setters", "complaint-handling", "necessity", "such-kind", "controller-roles", "other-one", "acquiring", "topic-clause", "foreign-function-words", "device-controls", "varying", "forbidding", "readers-duty", "queries", "readers-voice", "non-recipients", "attackers", "contact-heads", "law-needs", "long-as", "customers-kept", "customers-kept-after", "basis-heads", "cond-subject-leads", "topic-verbs", "topic-steering", "opting", "whether-verbs", "whether-told", "enforcing", "measure-nouns", "applying", "sale-words", "narrow-sale-laws", "wide-sale-laws", "opposing", "incident", "relying", "opt-out-features", "caution", "sending-to", "identity-checks", "checked-before", "tool-nouns", "account-nouns", "needless-fillers", "located-persons", "contract-nouns", "accepting", "by-default-adverbs", "browser-steering", "capture-devices", "device-part-heads", "device-parts", "device-attributes", "device-opening", "forbidden-conduct", "place-reach", "attempting", "hedging-modals", "discretion", "body-prints", "inferring"}

// GrammarSet names a grammar set of rules/<language>/grammar.json: the
// function words and cue words the classes test, by their role.
type GrammarSet int

// The grammar sets, in the order of grammarNames.
const (
	GReader            GrammarSet = iota // the reader: "you"
	GWe                                  // the company as subject: "we"
	GUs                                  // the company as object: "us"
	GOur                                 // the company's: "our"
	GOurForms                            // words of the company that name no actor: "our", "ours", "us"
	GThey                                // a third party as subject: "they"
	GSubjects                            // subjects that start a new statement: "we", "you", "they"
	GSubjectsCut                         // "we'll", "you're": subjects with a contracted verb, written with an apostrophe
	GAndOr                               // "and", "or"
	GTo                                  // "to"
	GToWith                              // "to", "with": the receiver follows
	GFrom                                // "from": a source follows
	GFor                                 // "for"
	GOn                                  // "on"
	GBy                                  // "by": "By using the Site, you consent ..."
	GOf                                  // "of"
	GNot                                 // "not"
	GDo                                  // "do"
	GDont                                // "dont"
	GPlease                              // "please"
	GOnly                                // "only"
	GSo                                  // "so" ("so that")
	GThat                                // "that"
	GThatWhich                           // "that", "which"
	GRelative                            // "that", "which", "who"
	GWho                                 // "who"
	GTrack                               // "track" ("Do Not Track")
	GBased                               // "based"
	GUseForms                            // the forms of "use"
	GItThem                              // "it", "them": data named before
	GDataPronouns                        // words after a sale that stand for data: "it", "them", "your"
	GReaderObjects                       // the reader as receiver: "you", "yourself"
	GAgeLead                             // words before a minimum age: "under", "at least"
	GAgeUnit                             // words after a minimum age: "years"
	GFrequency                           // words before "a" of a frequency, no period: "once a year"
	GReadersRight                        // words that make a right the reader's: "right", "request", "your"
	GRight                               // "right", "rights"
	GReserving                           // the company keeping a right to itself: "reserve", "retain"
	GConditional                         // words opening a condition on the reader's action: "if", "when", "after"
	GOccasion                            // words opening an occasion with "you": "when", "if", "whenever"
	GPurpose                             // "purpose", "purposes"
	GSaleLead                            // words between the reader and a sale that keep the reader its subject: "may", "not", "want to"
	GTrade                               // the forms of "trade", which sells data only with an object
	GBusiness                            // any business the law speaks of: "businesses that sell"
	GArticle                             // "a", "an"
	GDataContainers                      // what holds data after "a": "a list", "a copy", "a database"
	GKeepingNouns                        // nouns of keeping data: "retention", "storage"
	GHandlingNouns                       // nouns of what is done to data: "collection", "use", "disclosure"
	GCopyNouns                           // nouns of the copies data is kept in, and "archived": "backups", "archives"
	GClickVisit                          // the reader acting on a page: "click", "visit"
	GVisit                               // "visit", "visits"
	GWarningOpeners                      // sentence openers of advice to the reader: "never", "avoid"
	GQuestionWords                       // words opening a question: "what", "how", "which"
	GMadeOf                              // words saying what something is made of: "include", "consist", "are"
	GNotAnItem                           // openers of a sentence that is not a bare list item: "you", "we", "if", "please"
	GNameBreakers                        // small words that end a name in Title Case: "your", "the", "and", "of"
	GAbbreviations                       // words whose stop does not end a clause: "etc", "inc", "ltd"
	GStopAbbrevs                         // words whose stop ends no sentence: "mr", "no" (text.Abbreviations.Stop)
	GNumberedAbbrevs                     // words whose stop ends no sentence before a number: "art", "sec" (text.Abbreviations.Numbered)
	GSentenceOpeners                     // words that open a sentence after an abbreviation: "if", "we" (text.Abbreviations.Openers)
	GLocations                           // "locations": places, not where the reader is
	GLabelNouns                          // the last word of a label or name of data: "Payment Information", "location data"
	GSold                                // "sold": "your data will not be sold"
	GSoldCompany                         // what is sold when the company is: "business", "company", "assets"
	GDefines                             // words of a definition: "refers", "means", "defined"
	GPeriodLead                          // words before a period that make it how long data is kept: "for 90 days", "up to", "after"
	GPeriodEnd                           // words after a period that make it how long: "30 days after"
	GPeriodUnitMods                      // words between a number and its time unit: "30 calendar days"
	GAlternative                         // "or" before "not": "whether or not", "an account or not"
	GHypothetical                        // words opening a supposition: "if", "whether", "before"
	GFormalRelative                      // "which", "whom": a clause that names whom or what for
	GAuxiliaries                         // forms of "be" and "have": "is sold", "have sold"
	GParticiples                         // past participles of selling: "sold", "rented"
	GInclusive                           // words that widen a statement: "including", "even", "any"
	GRegardless                          // "regardless", "irrespective": what follows does not matter
	GRightFrame                          // words that make a bare word of a right the reader's: "right", "request", "can"
	GListGap                             // small words between the items of a list of rights: "and", "to", "of"
	GPossessives                         // "your", "our", "their": a noun follows
	GReaderModals                        // "can", "allow": frame a right only beside the reader
	GFramedForms                         // forms of a right's words that name it when framed: "erasure", "corrected"
	GDemonstratives                      // "these", "those", "such": parties named before
	GExceptions                          // "except", "unless": an exception follows
	GConnects                            // signing in with or connecting an account: "log in with Facebook"
	GDateLead                            // words between "Last updated" and its date: "on", "as of"
	GPolicyWords                         // names of the policy itself: "policy", "statement"
	GLearnMore                           // a pointer to more reading: "For more information", "Learn more"
	GExampleLead                         // words that lead examples: "such as", "including"
	GReaderNames                         // the reader as a group: "you", "users", "anyone"
	GReaderName                          // the reader as one person or a group after "by": "by the user", "by users"
	GInstructions                        // verbs telling the reader how to act: "contact", "visit", "log"
	GWishes                              // the reader wishing before "to": "If you wish to", "would like to"
	GThen                                // "then" opening the main clause: "If you wish to ..., then please contact us"
	GTheir                               // "their": "Anyone may access their data" names the subject's own data
	GDenyLead                            // words between "we" and its negator: "we do not", "we will never"
	GPointing                            // words pointing back at what was named: "these", "such", "this"
	GSignalNouns                         // nouns standing for a Do Not Track signal named before: "signals", "requests"
	GThe                                 // "the": "September the 20th, 2018"
	GCrossReference                      // words opening a parenthesis that points elsewhere in the policy: "(see ...)"
	GFollowing                           // "following": "the following information" names what a list after it holds
	GKinds                               // "types", "kinds", "categories": "the kinds of data we collect"
	GProtecting                          // verbs of protecting: "protect", "defend"
	GExercised                           // participles of using a right: "exercised", "enforced"
	GInterestNouns                       // a party's interest as one noun with it: "the public interest"
	GActivityWords                       // words of a recipient that name an activity: "online advertising", "analytics"
	GVerbObjects                         // objects after a data noun that is also a verb: "contacts our servers"
	GPeriodAhead                         // words after a period that make it a lead time: "30 days before", "30 days' notice"
	GExclusions                          // first words of a negator that excludes: "other than", "except for", "excluding"
	GDepending                           // words of varying with something: "depending on your location", "vary by"
	GPlacePrepositions                   // prepositions that make a place of what follows: "outside your country of residence"
	GSending                             // verbs of sending: "sending you a notification" is a way of telling, as an email is
	GAble                                // "able" before "to" and a right's verb
	GUnable                              // "unable" before "to" and a right's verb
	GAbilityDenied                       // words before "able" that deny it: "not", "no longer", "never"
	GMeansGerunds                        // "accessing", "editing" after "by": how the reader does something else
	GTermNaming                          // "term", "referring", "consider": saying what a term covers
	GPastBe                              // "was", "were": how old someone was, not a minimum age
	GAdShowing                           // "serve", "show", "do", "engage": verbs of showing or running ads
	GAdShowingFillers                    // "you", "in", "any": words between such a verb and the ads
	GComparing                           // "like", "unlike": a party after it is compared with, not who acts
	GDeviceLogs                          // "call": a log after it is on the reader's phone, not kept by the company
	GObjectPreps                         // "about", "from", "to" before "you": the reader as an object
	GRelOpeners                          // "that", "which", "who", "where": a relative clause a negator may stand in
	GRelEnds                             // "with", "to", "for", "and": words that end a relative clause's object
	GMainModals                          // "will", "may", "can": the main verb after a relative clause
	GNegAux                              // "doesnt", "cannot": negators that hold their auxiliary
	GHolding                             // "hold", "held": a verb of keeping that mostly keeps something else
	GPassiveLead                         // "is", "will": an auxiliary before the negator of a passive denial
	GPassiveFillers                      // "be", "ever": words between that negator and the participle
	GPassedParticiples                   // "shared", "disclosed": the participle of a passive denial
	GExampleNouns                        // "example", "instance": "For example, ..." opens an example
	GNameObjectLead                      // "by", "to", "contact": the policy's own name after one is "us", not "we"
	GNameDefining                        // "refer", "means": '"we" and "us" refer to Acme' names the company
	GReasonOpeners                       // "as", "since", "because": ", and as we ..." opens a new clause
	GAccessNouns                         // "access": "we grant access to your information" with no grantee is the reader's access
	GGluedCues                           // "last", "effective": a date line's cue run into the heading before it ("PolicyLast Modified")
	GDoings                              // "use", "share": a party named before one, negated, is held back from it
	GArticles                            // "the", "a", "an": a phrase opening with one names a party of its own
	GYour                                // "your": the reader's own data
	GThis                                // "this": the policy pointed at, not named
	GSomebody                            // "someone", "somebody": a party of its own without a determiner
	GExampleOpeners                      // "including", "namely": a list of examples opens
	GSuch                                // "such": "such as" opens a list of examples
	GAs                                  // "as": "such as" opens a list of examples
	GMean                                // "mean": "we mean" opens a definition
	GLocal                               // "local": storage on the reader's device
	GSafeguards                          // "safeguards": a security measure named
	GSafeguard                           // "safeguard": a measure named, or a verb
	GDiscretion                          // "discretion": "in our sole discretion"
	GResiding                            // "located", "reside": the reader's place
	GAbout                               // "about": "health data about the system"
	GRequest                             // "request", "requests": the reader asks for access
	GOwn                                 // "own": "their own cookies"
	GNor                                 // "nor": ends a party's relative clause like "and" and "or"
	GAuthority                           // "authority": a power to act ("legal authority to do so")
	GCourt                               // "court", "courts": a court that keeps a register
	GNetworkAgents                       // "providers", "isps", "carriers": network providers as parties
	GNetworkAgent                        // "provider", "isp", "carrier": a network provider, party or data
	GAlongWith                           // "along", "together" before "with": more data, not a party
	GParties                             // "parties": "the names of such parties"
	GPhraseEnders                        // "with", "to", "and", "we": words after which a noun phrase has ended
	GTitleSmall                          // "from", "with": small words a title in Title Case keeps in lower case
	GPointerNouns                        // "information", "details" after "more": "For more information, see ..."
	GConcessive                          // "even" before "if", "though": no condition
	GRightNouns                          // "access", "erasure": nouns of rights over data, which a list of them names
	GAnswers                             // "yes", "no": a bare answer to the question before it
	GAnswerNo                            // "no": a bare answer that denies what the question asks
	GAnswerEchoes                        // "we", "do", "not", "can": the words that may follow a bare answer ("No, we do not.")
	GAskingAux                           // "do", "will", "can": an auxiliary opening a question of yes or no ("Do we sell ...?")
	GUsedParticiples                     // "used", "employed": the participle of "X used to Y"
	GEquipmentNouns                      // "servers", "software": things, not data, that "used to" may describe
	GReaderDoings                        // "create", "call": what the reader did with a thing "used to" describes
	GContainerPreps                      // "to", "from": before the reader's profile, where a thing is put or taken from
	GDataNouns                           // "information", "data": the profile's data, not the profile as a place
	GReadersPossessive                   // "your", "the user's": whose act a verb of passing on written as a noun is
	GConcessionOpeners                   // "although", "while": a clause before the sentence's statement
	GContactSingular                     // "contact", exactly: "your contact preferences" names no address book
	GContactListNouns                    // "list", "book": after "contact", the address book
	numGrammar
)

// GrammarNames are the ids of the grammar sets in rules/<language>/grammar.json.
var GrammarNames = [numGrammar]string{"reader", "we", "us", "our", "our-forms", "they", "subjects", "subjects-cut", "and-or", "to", "to-with",
	"from", "for", "on", "by", "of", "not", "do", "dont", "please", "only", "so", "that", "that-which", "relative", "who", "track",
	"based", "use-forms", "it-them", "data-pronouns", "reader-objects", "age-lead", "age-unit", "frequency", "readers-right",
	"right", "reserving", "conditional", "occasion", "purpose", "sale-lead", "trade", "business", "article", "data-containers",
	"keeping-nouns", "handling-nouns", "copy-nouns", "click-visit", "visit", "warning-openers", "question-words", "made-of", "not-an-item",
	"name-breakers", "abbreviations", "stop-abbreviations", "numbered-abbreviations", "sentence-openers", "locations", "label-nouns", "sold", "sold-company", "defines", "period-lead", "period-end", "period-unit-mods", "alternative",
	"hypothetical", "formal-relative", "auxiliaries", "participles", "inclusive", "regardless", "right-frame", "list-gap", "possessives", "reader-modals", "framed-forms", "demonstratives", "exceptions",
	"connects", "date-lead", "policy-words", "learn-more", "example-lead", "reader-names", "reader-name", "instructions", "wishes", "then", "their", "deny-lead",
	"pointing", "signal-nouns", "the", "cross-reference", "following", "kinds", "protecting", "exercised",
	"interest-nouns", "activity-words", "verb-objects", "period-ahead", "exclusions", "depending", "place-prepositions", "sending", "able", "unable", "ability-denied", "means-gerunds", "term-naming", "past-be", "ad-showing", "ad-showing-fillers", "comparing", "device-logs", "object-prepositions",
	"relative-openers", "relative-ends", "main-modals", "negating-auxiliaries", "holding", "passive-lead", "passive-fillers", "passed-participles", "example-nouns",
	"name-object-lead", "name-defining", "reason-openers", "access-nouns", "glued-cues", "doings", "articles", "your", "this", "somebody",
	"example-openers", "such", "as", "mean", "local", "safeguards", "safeguard", "discretion", "residing", "about", "request", "own", "nor", "authority", "court", "network-agents", "network-agent", "along-with", "parties", "phrase-enders", "title-small", "pointer-nouns", "concessive", "right-nouns",
	"answers", "answer-no", "answer-echoes", "asking-auxiliaries", "used-participles", "equipment-nouns", "reader-doings", "container-prepositions", "data-nouns", "readers-possessive", "concession-openers", "contact-singular", "contact-list-nouns"}

// RuleRef names a rule entry (a class and an id) that the engine tests by
// itself: a cue, or one entry of a class that the classes treat apart.
type RuleRef int

// The rules the engine names, in the order of knownRules.
const (
	RNegation RuleRef = iota
	RCondition
	RClauseBreak
	RCollect
	RUse
	RShare
	RStore
	RWe
	RYou
	ROtherActor
	RUserPref
	RMeta
	RAdvice
	RDisclaimer
	RBusinessTransfer
	RSocialNetworks
	ROtherThirdParties
	RServiceProviders
	REmail
	RLocation
	RBrowsing
	RName
	RSignal
	RRespond
	RNoStandard
	RPurpose
	RChoice
	RPeriod
	RAsNeeded
	RIndefinite
	RRetain
	ROptOutSale
	ROptOutMarketing
	RCookieControl
	RDeletion
	RFree
	RNonPersonal
	RBreachNotify
	RBreachDelay
	RInForce
	RLegalCondition
	RAsOf
	RHistory
	RDateLabel
	RLawEnforcement
	RPortability
	RAccess
	RNoOtherPurpose
	RSalePointingBack
	RSecurityAdvice
	RNoGuarantee
	RSafeguards
	RRequestNoun
	RNonDiscrimination
	RSecurityIncident
	RBusinessPartners
	RAffiliates
	RInfoGeneric
	RDemographics
	RDeviceID
	RComplaint
	RInternational
	RBiometrics
	RNoAdvertising
	RCommercial
	RPeriodMinimum
	numRefs
)

// KnownRules are the class and id of each ruleRef.
var KnownRules = [numRefs]struct{ Class, ID string }{
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
	{"fee", "free"}, {"datatype", "non-personal"},
	{"breach", "notify"}, {"breach", "delay"}, {"updated", "in-force"}, {"purpose", "legal-condition"},
	{"updated", "as-of"}, {"updated", "history"}, {"updated", "date-label"},
	{"recipient", "law-enforcement"},
	{"right", "portability"},
	{"right", "access"},
	{"purpose", "no-other-purpose"},
	{"sale", "pointing-back"},
	{"security", "advice"}, {"security", "no-guarantee"}, {"security", "safeguards"},
	{"cue", "request-noun"},
	{"right", "non-discrimination"},
	{"security", "incident"},
	{"recipient", "business-partners"}, {"recipient", "affiliates"},
	{"datatype", "info-generic"}, {"datatype", "demographics"}, {"datatype", "device-id"},
	{"right", "complaint"}, {"transfer", "international"},
	{"datatype", "biometrics"},
	{"purpose", "no-advertising"},
	{"purpose", "commercial"},
	{"cue", "period-minimum"},
}

// Is reports whether entry e is rule r.
func (lx *Lexicon) Is(e *Entry, r RuleRef) bool { return e.Idx == lx.Refs[r] }

// DataVerb reports whether e is a verb that collects, uses, shares or sells
// data (not words pointing back at a sale: "We do not engage in such
// activity" governs no data).
func (lx *Lexicon) DataVerb(e *Entry) bool {
	return e.Class == "sale" && !lx.Is(e, RSalePointingBack) || lx.Is(e, RCollect) || lx.Is(e, RUse) || lx.Is(e, RShare)
}
