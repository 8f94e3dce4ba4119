package share

import "encoding/base64"

// What the tests build links and envelopes from by hand, as the format
// (share/format) defines it.
var b64 = base64.RawURLEncoding.Strict()

const fragmentVersion = 1
