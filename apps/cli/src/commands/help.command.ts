import { Command } from '../command';

/** Lists the commands; built from the registry so it never goes out of date. */
export function helpCommand(all: () => Command[]): Command {
  return {
    name: 'help',
    summary: 'list the commands, or show the usage of one: kg help <command>',
    usage: '  kg help [command]',
    run: async ([name], ctx) => {
      const commands = all();
      const chosen = name ? commands.filter((command) => command.name === name) : commands;
      if (name && chosen.length === 0) {
        ctx.err(`kg help: no command "${name}"`);
        return 2;
      }
      ctx.out('usage: kg <command> [options] [--log-level LEVEL]   (configuration: see README.md, "Configuration")');
      ctx.out('--log-level: fatal, error, warn (the default; kg serve logs each request at info), info, debug, trace or silent: JSON lines on stderr\n');
      for (const command of chosen) ctx.out(`${command.name.padEnd(10)} ${command.summary}\n${command.usage}\n`);
    },
  };
}
