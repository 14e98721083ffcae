// Maps the workspace aliases (@kc/<lib>, and entry points inside a lib such as @kc/<lib>/testing or
// @kc/domain/approval) to files, for Node at run time.
// tsconfig paths only tell the compiler; Node needs the same mapping when it runs the code.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

function registerAliases(root, ext) {
  const original = Module._resolveFilename;
  Module._resolveFilename = function resolveKcAlias(request, ...rest) {
    const match = /^@kc\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(request);
    if (match) {
      // @kc/<lib>/<entry> is src/<entry>/index or src/<entry> (a directory or a file).
      const entry = match[2] ? path.join(root, 'libs', match[1], 'src', match[2]) : undefined;
      const sub = entry && fs.existsSync(entry) ? path.join(match[2], 'index') : (match[2] ?? 'index');
      request = path.join(root, 'libs', match[1], 'src', `${sub}${ext}`);
    }
    return original.call(this, request, ...rest);
  };
}

module.exports = { registerAliases };
