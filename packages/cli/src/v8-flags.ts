import { setFlagsFromString } from 'node:v8';

// A command runs for well under a second, and V8's optimising compiler, on by default after a short
// warm-up, spent more CPU compiling the YAML parser, the validation and the notice writers than the
// optimised code saved before the process ended. Four times the default interrupt budget (67,584) lets
// only code that stays hot be optimised: measured with bench/run.js, 30 ms (check) to 110 ms (notice) less
// CPU per command, and less wall time too (more, or less, than four times measured worse). Set at run time
// because the binary cannot pass flags to node (npm links bin/vigie.mjs as it is); a node that ignores the
// change still runs every command, only slower.
setFlagsFromString('--interrupt-budget=270336');
