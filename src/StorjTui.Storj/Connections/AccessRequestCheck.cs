using StorjTui.Core.Access;
using StorjTui.Core.Flow;

namespace StorjTui.Storj.Connections;

/// <summary>
/// Last-line checks before anything is created: the flow's own name and permission rules (<see cref="AccessRules"/>),
/// run again here because a caller may build a request without the flow.
/// </summary>
internal static class AccessRequestCheck
{
    public static void ThrowIfInvalid(AccessRequest request)
    {
        // Uniqueness is the satellite's to judge here (it refuses a taken name), so no existing names are passed.
        var problems = AccessRules.CheckName(request.Name, []).Concat(AccessRules.CheckPermissions(request.Permissions, SatelliteFeatures.Default)).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidAccessRequestException(string.Join("; ", problems) + ".");
        }
    }
}
