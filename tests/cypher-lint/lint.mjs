// Checks Cypher statements with Neo4j's own Cypher parser and semantic analysis (@neo4j-cypher/language-support).
//
// Usage: node lint.mjs STATEMENTS.json
// STATEMENTS.json (written by tests/Tupu.Storage.Tests/Schema/CypherLintTests.cs):
//   { "labels": [...], "relationshipTypes": [...], "propertyKeys": [...], "optionKeys": [...],
//     "statements": [ { "name": "...", "text": "...", "parameters": ["rows", ...] }, ... ] }
// Every statement is linted with a dbSchema that declares exactly its parameters, the schema's labels, relationship
// types and property keys, and Neo4j's built-in functions and procedures (the package's bundled signature list).
// On top of the parser's diagnostics, every label/type token and property key must belong to the schema.
//
// The semantic linter is slow (about a second per statement on a busy 2-core machine), and Tupu sends many
// statements that differ only in their labels and types (one per allowed endpoint pair). Statements are therefore
// grouped by shape (the text with every schema label and type replaced by a placeholder, plus the parameters): each
// shape is linted once, and every statement still gets the vocabulary check. `--all` lints every statement.
// Exit code: 0 when no statement has an error, 1 otherwise, 2 on bad usage.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, highlightSyntax, testData } from '@neo4j-cypher/language-support';

const file = process.argv[2];
if (!file) {
  console.error('usage: node lint.mjs STATEMENTS.json');
  process.exit(2);
}

const input = JSON.parse(readFileSync(file, 'utf8'));
const labels = new Set(input.labels);
const types = new Set(input.relationshipTypes);
const keys = new Set([...input.propertyKeys, ...(input.optionKeys ?? [])]);
// Built-in function and procedure signatures as the package ships them (a snapshot of a real Neo4j 5 / 25 DBMS).
const { functions, procedures } = testData.mockSchema;

const lintAll = process.argv.includes('--all');
const vocabulary = [...labels, ...types].sort((a, b) => b.length - a.length);
const vocabularyPattern = vocabulary.length ? new RegExp(`\\b(${vocabulary.join('|')})\\b`, 'g') : null;
const shapes = new Set();

let errors = 0;
let warnings = 0;
let linted = 0;
for (const statement of input.statements) {
  const parameters = Object.fromEntries(statement.parameters.map((p) => [p, null]));
  const dbSchema = {
    labels: [...labels],
    relationshipTypes: [...types],
    propertyKeys: [...keys],
    parameters,
    functions,
    procedures,
  };
  const problems = [];
  const shape = `${statement.parameters.join(',')}\n${vocabularyPattern ? statement.text.replace(vocabularyPattern, '§') : statement.text}`;
  if (lintAll || !shapes.has(shape)) {
    shapes.add(shape);
    linted++;
    const { diagnostics } = lintCypherQuery(statement.text, dbSchema);
    for (const d of diagnostics) {
      problems.push({ error: d.severity === 1, at: d.offsets?.start ?? 0, message: d.message });
    }
  }

  for (const token of highlightSyntax(statement.text)) {
    if (token.tokenType === 'label' && !labels.has(token.token) && !types.has(token.token)) {
      problems.push({ error: true, at: token.position.startOffset, message: `'${token.token}' is not a label or relationship type of the schema.` });
    } else if (token.tokenType === 'property' && !keys.has(unquote(token.token))) {
      problems.push({ error: true, at: token.position.startOffset, message: `'${token.token}' is not a property key of the schema.` });
    }
  }

  for (const p of problems) {
    const where = lineAndColumn(statement.text, p.at);
    console.log(`${p.error ? 'error' : 'warning'}: ${statement.name}:${where}: ${p.message}`);
    if (p.error) errors++;
    else warnings++;
  }
}

console.log(`cypher-lint: ${input.statements.length} statements (${linted} shapes linted), ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 ? 1 : 0);

function unquote(token) {
  return token.startsWith('`') && token.endsWith('`') ? token.slice(1, -1) : token;
}

function lineAndColumn(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}
