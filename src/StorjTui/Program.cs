using StorjTui.Cli;

return CommandLine.Run(args);
