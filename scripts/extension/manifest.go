package main

import (
	"encoding/json"
	"fmt"
	"slices"
)

// allowedPermissions are the only API permissions the extension may ask for
// at install time (issue 5: minimal permissions). Host access is requested
// at run time through optional_host_permissions.
var allowedPermissions = []string{"activeTab", "contextMenus", "scripting", "storage"}

// extensionCSP is the CSP the popup needs to run Go WebAssembly and nothing
// else: no remote code, no eval.
const extensionCSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"

// geckoID is the Firefox add-on id.
const geckoID = "policylens@policylens.github.io"

// manifests checks the source manifest and derives the Chromium and Firefox
// manifests from it. Firefox runs the background script as an event page
// ("scripts") and wants a Gecko id and its data-collection statement;
// Chromium wants a service worker.
func manifests(src []byte) (chrome, firefox []byte, err error) {
	var m map[string]any
	if err := json.Unmarshal(src, &m); err != nil {
		return nil, nil, fmt.Errorf("manifest.json: %w", err)
	}
	if err := checkManifest(m); err != nil {
		return nil, nil, fmt.Errorf("manifest.json: %w", err)
	}
	if chrome, err = json.Marshal(m); err != nil {
		return nil, nil, err
	}
	bg := m["background"].(map[string]any)
	m["background"] = map[string]any{"scripts": []any{bg["service_worker"]}}
	delete(m, "minimum_chrome_version")
	// The extension collects and sends nothing: Firefox (140 and later) shows
	// that to the user at install from data_collection_permissions.
	m["browser_specific_settings"] = map[string]any{
		"gecko": map[string]any{"id": geckoID, "strict_min_version": "140.0",
			"data_collection_permissions": map[string]any{"required": []any{"none"}}},
		// Firefox for Android reads data_collection_permissions from 142 on.
		"gecko_android": map[string]any{"strict_min_version": "142.0"},
	}
	firefox, err = json.Marshal(m)
	return chrome, firefox, err
}

// checkManifest enforces what the issue asks of the manifest, so that a
// careless edit fails the build rather than shipping.
func checkManifest(m map[string]any) error {
	if v, _ := m["manifest_version"].(float64); v != 3 {
		return fmt.Errorf("manifest_version must be 3")
	}
	for _, k := range []string{"name", "version", "description"} {
		if s, _ := m[k].(string); s == "" {
			return fmt.Errorf("%q is required", k)
		}
	}
	perms, _ := m["permissions"].([]any)
	for _, p := range perms {
		s, _ := p.(string)
		if !slices.Contains(allowedPermissions, s) {
			return fmt.Errorf("permission %v is not one of %v", p, allowedPermissions)
		}
	}
	if _, ok := m["host_permissions"]; ok {
		return fmt.Errorf("host_permissions must stay empty: host access is requested at run time (optional_host_permissions)")
	}
	if _, ok := m["content_scripts"]; ok {
		return fmt.Errorf("content_scripts must stay empty: scripts are injected on demand (activeTab)")
	}
	csp, _ := m["content_security_policy"].(map[string]any)
	if s, _ := csp["extension_pages"].(string); s != extensionCSP {
		return fmt.Errorf("content_security_policy.extension_pages must be %q, got %q", extensionCSP, s)
	}
	bg, _ := m["background"].(map[string]any)
	if s, _ := bg["service_worker"].(string); s == "" {
		return fmt.Errorf("background.service_worker is required")
	}
	return nil
}

// manifestRefs lists the files the manifest points at.
func manifestRefs(b []byte) ([]string, error) {
	var m struct {
		Icons  map[string]string `json:"icons"`
		Action struct {
			Popup string            `json:"default_popup"`
			Icon  map[string]string `json:"default_icon"`
		} `json:"action"`
		Background struct {
			Worker string `json:"service_worker"`
		} `json:"background"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	refs := []string{m.Action.Popup, m.Background.Worker}
	for _, v := range m.Icons {
		refs = append(refs, v)
	}
	for _, v := range m.Action.Icon {
		refs = append(refs, v)
	}
	return refs, nil
}
