namespace StorjTui.Core.Access;

/// <summary>The steps the progress view names while an access is being created.</summary>
public enum CreationStep
{
    CreatingKey,
    DerivingKey,
    Registering,
    Done,
}
