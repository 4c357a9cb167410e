export const id = 375;
export const ids = [375];
export const modules = {

/***/ 80375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
const LEVEL = {
    none: 'none',
    low: 'note',
    medium: 'warning',
    high: 'error',
    critical: 'error',
};
// GitHub sorts code-scanning alerts by security-severity (0-10).
const SEVERITY = {
    none: '0.0',
    low: '2.0',
    medium: '5.0',
    high: '8.0',
    critical: '9.5',
};
function toSarif(report, options) {
    const used = new Set(report.findings.map((f) => f.ruleId));
    const rules = options.rules.filter((r) => used.has(r.id));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const help = (docs) => options.docsBaseUrl ? `${options.docsBaseUrl.replace(/\/$/, '')}/${docs}` : docs;
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'schemagate',
                        version: options.version,
                        informationUri: 'https://github.com/schemagate/schemagate',
                        rules: rules.map((r) => ({
                            id: r.id,
                            name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
                            shortDescription: { text: r.summary },
                            fullDescription: { text: r.why },
                            helpUri: help(r.docs),
                            help: { text: r.why, markdown: `${r.why}\n\nSee ${help(r.docs)}.` },
                            defaultConfiguration: { level: LEVEL[r.risk] },
                            properties: {
                                'security-severity': SEVERITY[r.risk],
                                tags: ['postgresql', 'migration', `risk-${r.risk}`],
                            },
                        })),
                    },
                },
                results: report.findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: index.get(f.ruleId),
                    level: LEVEL[f.risk],
                    message: { text: `${f.message} (risk ${f.risk}). Safe alternative:\n${f.safeAlternative}` },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: f.file.replace(/\\/g, '/') },
                                region: { startLine: f.line, startColumn: f.column },
                            },
                        },
                    ],
                    partialFingerprints: { schemagateFinding: `${f.ruleId}:${f.file}:${f.subject}` },
                    properties: { risk: f.risk, subject: f.subject, ...(f.table ? { table: f.table } : {}) },
                    ...(f.ignored ? { suppressions: [{ kind: 'inSource', justification: f.ignored.reason }] } : {}),
                })),
            },
        ],
    };
}


/***/ })

};
