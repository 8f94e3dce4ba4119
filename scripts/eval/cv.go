package main

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"strings"

	"github.com/policylens/policylens/analyzer/model"
	"github.com/policylens/policylens/scripts/internal/training"
)

// folds is how many folds cross-validation has.
const folds = 5

// crossval holds the models of a policy-grouped cross-validation: fold f's
// model is trained, as `make model` trains the shipped one, on the
// annotations of every TOSBack policy except those of the companies whose
// policies fold f scores, so no policy is scored by a model that read a
// version of it. The thresholds are the shipped model's (tuned on the
// annotations alone).
type crossval struct {
	data   *training.Data
	th     training.Thresholds
	models [folds]*model.Model
}

// newCrossval trains the fold models for the companies of the evaluated
// policies (names as in OPP-115 and MAPP).
func newCrossval(corpus, annotations, manifest string, policies []string) (*crossval, error) {
	d, err := training.Load(annotations, corpus, training.Shipped())
	if err != nil {
		return nil, err
	}
	th, err := thresholds(manifest, d.Heads)
	if err != nil {
		return nil, err
	}
	cv := &crossval{data: d, th: th}
	for f := 0; f < folds; f++ {
		companies := map[string]bool{}
		for _, p := range policies {
			if foldOf(p) == f {
				companies[company(p)] = true
			}
		}
		excluded := map[int]bool{}
		for _, s := range d.Sentences {
			if sameCompany(training.NameKey(s.File), companies) {
				excluded[s.Group] = true
			}
		}
		cv.models[f] = d.Model(func(s *training.Sentence) bool { return !excluded[s.Group] }, th)
	}
	return cv, nil
}

// modelFor returns the model that never read policy p.
func (cv *crossval) modelFor(p string) *model.Model { return cv.models[foldOf(p)] }

// foldOf is the fold of an evaluated policy: by its company, so that a
// company's policies (an OPP-115 website and a MAPP app) share one.
func foldOf(policy string) int {
	h := fnv.New32a()
	h.Write([]byte(company(policy)))
	return int(h.Sum32() % folds)
}

var (
	numberPrefix = regexp.MustCompile(`^\d+_`)
	topLevel     = regexp.MustCompile(`\.(com|org|net|edu|gov|co\.uk|tv|us|io)$`)
	appPrefix    = regexp.MustCompile(`^(com|org|net|air|pl|de|fr|jp|uk|io|co|tv)\.`)
)

// company is the company a policy name stands for: "1028_redorbit.com" is
// redorbit, "100_com.snapchat.android" is snapchat.
func company(policy string) string {
	p := numberPrefix.ReplaceAllString(strings.ToLower(policy), "")
	if appPrefix.MatchString(p) && strings.Count(p, ".") >= 2 {
		p = strings.Split(appPrefix.ReplaceAllString(p, ""), ".")[0]
	} else {
		p = topLevel.ReplaceAllString(p, "")
	}
	return training.NameKey(p)
}

// sameCompany reports whether a TOSBack name key is of one of companies:
// equal, or one holds the other (at least four letters).
func sameCompany(key string, companies map[string]bool) bool {
	for c := range companies {
		if c == key || len(c) >= 4 && strings.Contains(key, c) || len(key) >= 4 && strings.Contains(c, key) {
			return true
		}
	}
	return false
}

// thresholds reads the shipped model's thresholds from its manifest, for
// the heads of d.
func thresholds(manifest string, heads []string) (training.Thresholds, error) {
	pairs, err := training.ManifestPairs(manifest)
	if err != nil {
		return training.Thresholds{}, err
	}
	th := training.Thresholds{Yes: make([]float64, len(heads)), Floor: make([]float64, len(heads))}
	for i, h := range heads {
		p, ok := pairs[h]
		if !ok {
			return th, fmt.Errorf("%s: no head %s (run make model)", manifest, h)
		}
		th.Yes[i], th.Floor[i] = p.Yes, p.Floor
	}
	return th, nil
}
