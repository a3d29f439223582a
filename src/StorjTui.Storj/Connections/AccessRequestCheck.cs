using StorjTui.Core.Access;
using StorjTui.Core.Flow;

namespace StorjTui.Storj.Connections;

/// <summary>Last-line checks before anything is created; the flow checks the same rules earlier with friendlier timing.</summary>
internal static class AccessRequestCheck
{
    public static void ThrowIfInvalid(AccessRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new InvalidAccessRequestException("Enter a name for the access.");
        }
        if (AccessRules.NameLength(request.Name) > AccessRules.MaxNameLength)
        {
            throw new InvalidAccessRequestException($"The name is longer than {AccessRules.MaxNameLength} characters (as the satellite counts them).");
        }
        if (request.Name.Any(char.IsControl))
        {
            throw new InvalidAccessRequestException("The name contains control characters.");
        }
        if ((request.Permissions & Permissions.All) == Permissions.None)
        {
            throw new InvalidAccessRequestException("Choose at least one permission.");
        }
    }
}
