using Sitrep.Cli;

return CommandTable.Run(args, Console.Out, Console.Error);
