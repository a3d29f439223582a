using System.CommandLine;
using System.Text;
using System.Text.Json;
using StorjTui.Core.Bundles;
using StorjTui.Core.Text;

namespace StorjTui.Cli;

/// <summary>`storj-tui access list [--json] [--project P] [--sandbox]`: the project's accesses, like the console's Access page.</summary>
internal static class AccessListCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON: [{\"name\", \"id\", \"created\"}]." };
        var project = SandboxSwitch.Project();
        var sandbox = SandboxSwitch.Create();
        var command = new Command("list", "List the project's accesses (name and creation time), newest first.") { json, project, sandbox };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = context.LoadOptions();
            using var log = new CliLog(context.Paths, options.LogLevel, "access-list");
            await using var opened = await CliConnection.OpenAsync(context, options, parsed.GetValue(sandbox), log.Logger, cancellationToken);
            var chosen = await ProjectChoice.FindAsync(opened.Connection, parsed.GetValue(project), cancellationToken);
            var accesses = (await opened.Connection.ListAccessesAsync(chosen, cancellationToken)).OrderByDescending(a => a.CreatedAt).ToList();
            var output = parsed.InvocationConfiguration.Output;
            if (parsed.GetValue(json))
            {
                using var stream = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    writer.WriteStartArray();
                    foreach (var access in accesses)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("name", access.Name);
                        writer.WriteString("id", access.Id);
                        writer.WriteString("created", BundleFileNames.IsoTimestamp(access.CreatedAt));
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                }
                output.Write(Encoding.UTF8.GetString(stream.ToArray()) + "\n");
            }
            else
            {
                foreach (var access in accesses)
                {
                    output.WriteLine($"{BundleFileNames.IsoTimestamp(access.CreatedAt)}  {TerminalText.Show(access.Name)}");
                }
            }
            output.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }
}
