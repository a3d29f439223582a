using System.Text;
using StorjTui.Cli;

namespace StorjTui.Tests.Cli;

/// <summary>A terminal that answers prompts from a script and remembers what it was asked.</summary>
internal sealed class FakeTerminal(params string[] answers) : ITerminal
{
    private readonly Queue<string> _answers = new(answers);

    public List<string> Prompts { get; } = [];

    public string ReadLine(string prompt)
    {
        Prompts.Add(prompt);
        return _answers.Dequeue();
    }

    public byte[] ReadSecret(string prompt)
    {
        Prompts.Add(prompt);
        return Encoding.UTF8.GetBytes(_answers.Dequeue());
    }
}
