package crawlers

import (
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that only say where a reader came
// from; two links differing in them are the same page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true,
	"_hsenc": true, "_hsmi": true, "mkt_tok": true, "vero_id": true,
	"oly_anon_id": true, "oly_enc_id": true, "rb_clickid": true, "s_cid": true,
}

func isTrackingParam(name string) bool {
	name = strings.ToLower(name)
	return strings.HasPrefix(name, "utm_") || trackingParams[name]
}

// Key is the identity key of a page URL: scheme lower-cased with http and
// https folded to https, host lower-cased without a default port or trailing
// dot, user info and fragment dropped, tracking parameters (utm_*, fbclid,
// gclid, mc_cid, mc_eid, ...) dropped, the remaining query parameters sorted,
// and a trailing slash removed from any path but the root. Requests always
// use a URL as linked; only the key is normalised. A string that does not
// parse as an absolute URL is returned trimmed, so it still keys itself.
func Key(rawURL string) string {
	raw := strings.TrimSpace(rawURL)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	scheme := strings.ToLower(u.Scheme)
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if port := u.Port(); port != "" && !(port == "80" && scheme == "http") && !(port == "443" && scheme == "https") {
		host += ":" + port
	} else if strings.Contains(host, ":") {
		host = "[" + host + "]" // IPv6 literal without its port
	}
	if scheme == "http" {
		scheme = "https"
	}

	p := u.EscapedPath()
	if !strings.Contains(strings.ToUpper(u.RawPath), "%2F") {
		// Re-escape from the decoded path so %7E and ~ key alike; an
		// escaped slash would change the path's segments, so keep it raw.
		p = (&url.URL{Path: u.Path}).EscapedPath()
	}
	if p == "" {
		p = "/"
	}
	if len(p) > 1 {
		p = strings.TrimRight(p, "/")
		if p == "" {
			p = "/"
		}
	}

	var b strings.Builder
	b.WriteString(scheme)
	b.WriteString("://")
	b.WriteString(host)
	b.WriteString(p)
	if q := keyQuery(u.RawQuery); q != "" {
		b.WriteByte('?')
		b.WriteString(q)
	}
	return b.String()
}

// keyQuery drops tracking parameters and sorts the rest by name, keeping
// the order of repeated values, which some sites give meaning to.
func keyQuery(raw string) string {
	if raw == "" {
		return ""
	}
	type param struct{ name, value string }
	var params []param
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		name, value, _ := strings.Cut(part, "=")
		n, err := url.QueryUnescape(name)
		if err != nil {
			n = name
		}
		v, err := url.QueryUnescape(value)
		if err != nil {
			v = value
		}
		if isTrackingParam(n) {
			continue
		}
		params = append(params, param{n, v})
	}
	sort.SliceStable(params, func(i, j int) bool { return params[i].name < params[j].name })
	var b strings.Builder
	for i, p := range params {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(p.name))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(p.value))
	}
	return b.String()
}
