/* a stand-in of AUI's script for AuiTest */
window.AJS.version = "10.0.0-fixture";
