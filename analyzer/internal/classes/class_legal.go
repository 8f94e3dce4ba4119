package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// legalBasisClass judges the legal bases of processing (rule class
// "legal-basis"). OPP-115 has no category for them (it predates the GDPR).
type legalBasisClass struct{}

func (*legalBasisClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	e := vw.Entry(h)
	if e.ID == "contract" && vw.SetBefore(h.From, 3, lexicon.WordsBindingOthers) {
		// "service providers who are bound by contractual obligations",
		// "auditors, subject to binding contractual obligations of
		// confidentiality", "safeguards through contractual obligations",
		// "as limited by our contractual obligations with our partners":
		// duties placed on others or owed to them, no contract with the
		// reader that the processing performs.
		return drop("legal-basis/others-bound")
	}
	if (e.ID == "contract" || e.ID == "legal-obligation") && int(h.From) > vw.Own && vw.In(h.From-1, lexicon.WordsYourForms) {
		return drop("legal-basis/readers-duty") // "the enforcement of our rights or your legal obligations": the reader's duty
	}
	if e.ID == "public-task" && rightBefore(vw, h) {
		// "You can object to our use of your data: where we are performing
		// a task in the public interest", "request that we restrict our
		// processing if it is based on a task in the public interest": the
		// condition of a right, as the law words it, no basis the company
		// says it relies on.
		return drop("legal-basis/a-rights-condition")
	}
	return kept("legal-basis/named", finding(vw.Entry(h), "legal-basis", "other"))
}
