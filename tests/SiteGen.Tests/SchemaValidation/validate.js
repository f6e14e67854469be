// Checks documents against SiteGen's exported schemas with Ajv, a validator independent of SiteGen.
// Usage: node validate.js SCHEMAS_DIR DOCUMENTS_JSON
// DOCUMENTS_JSON is [{name, schema: "plan.schema.json", data}]; prints [{name, valid, errors}] as JSON.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');

const [schemasDir, documentsFile] = process.argv.slice(2);
// allErrors: report every mistake of a document, as an editor underlines them all.
// strict: catches schema mistakes (unknown keywords); union types ("string or number") are deliberate.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const compiled = {};
for (const file of fs.readdirSync(schemasDir).filter(f => f.endsWith('.schema.json')).sort()) {
  compiled[file] = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemasDir, file), 'utf8')));
}

const results = JSON.parse(fs.readFileSync(documentsFile, 'utf8')).map(doc => {
  const validate = compiled[doc.schema];
  if (!validate) return { name: doc.name, valid: false, errors: [`no schema ${doc.schema}`] };
  const valid = validate(doc.data);
  return { name: doc.name, valid, errors: valid ? [] : validate.errors.map(e => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`) };
});
process.stdout.write(JSON.stringify(results));
