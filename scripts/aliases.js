// Maps the workspace aliases (@kc/<lib> and @kc/<lib>/testing) to files, for Node at run time.
// tsconfig paths only tell the compiler; Node needs the same mapping when it runs the code.
const Module = require('node:module');
const path = require('node:path');

function registerAliases(root, ext) {
  const original = Module._resolveFilename;
  Module._resolveFilename = function resolveKcAlias(request, ...rest) {
    const match = /^@kc\/([a-z-]+)(\/testing)?$/.exec(request);
    if (match) {
      const sub = match[2] ? 'testing/index' : 'index';
      request = path.join(root, 'libs', match[1], 'src', `${sub}${ext}`);
    }
    return original.call(this, request, ...rest);
  };
}

module.exports = { registerAliases };
