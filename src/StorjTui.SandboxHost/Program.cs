using StorjTui.SandboxHost;

return await SandboxChild.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);
