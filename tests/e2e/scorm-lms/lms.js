/*
 * The LMS side of the SCORM e2e test (tests/e2e/scorm.test.ts): puts
 * scorm-again's Scorm12API on this window as `API`, loads the cmi data an
 * earlier session left (window.__cmi, set by the test before this runs),
 * records every call the SCO makes, and launches the package in the iframe
 * from the sub-path a Moodle would serve it under.
 */
(function () {
	/** @type {any} The LMS's own globals, untyped: this file runs as a plain script in the test page. */
	var w = window;
	var api = new w.Scorm12API({ logLevel: 5, autocommit: false });
	if (w.__cmi) api.loadFromJSON(w.__cmi.cmi, 'cmi');
	w.lmsCalls = [];
	['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish'].forEach(function (name) {
		var call = api[name].bind(api);
		api[name] = function (/** @type {string} */ a, /** @type {string} */ b) {
			var result = call(a, b);
			w.lmsCalls.push([name, a, b, String(result), String(api.LMSGetLastError())]);
			return result;
		};
	});
	w.API = api;
	var launch = '/pluginfile.php/12/mod_scorm/content/1/index.html';
	window.addEventListener('DOMContentLoaded', function () {
		/** @type {any} */
		var frame = document.getElementById('sco');
		// ?popup: the LMS opens the SCO in a new window instead, as Moodle's "New window" display does.
		if (location.search.indexOf('popup') < 0) frame.src = launch;
		else {
			frame.remove();
			/** @type {any} */ (document.getElementById('launch')).addEventListener('click', function () {
				window.open(launch, 'sco');
			});
		}
	});
})();
