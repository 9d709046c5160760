namespace Carbet.Modeling.Neural;

/// <summary>Mean binary cross-entropy after one epoch, on the rows it trained on and on the held-aside validation rows.</summary>
/// <param name="Epoch">The epoch, from 1.</param>
/// <param name="TrainLoss">The mean loss over the epoch's batches, weighted by batch size.</param>
/// <param name="ValidationLoss">The loss on the validation rows after the epoch, dropout off.</param>
public readonly record struct EpochLoss(int Epoch, double TrainLoss, double ValidationLoss);
