namespace MynaGate.Eval;

/// <summary>L2-regularised logistic regression by full-batch gradient descent (a few hundred samples, 128–512 features).</summary>
internal static class LogisticRegression
{
    public static (float[] Weights, float Bias) Fit(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels, float l2 = 1e-3f, int iterations = 3000, float rate = 0.5f)
    {
        int n = features.Count, d = features[0].Length;
        var w = new double[d];
        double b = 0;
        var gradient = new double[d];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(gradient);
            double gb = 0;
            for (int i = 0; i < n; i++)
            {
                double error = Sigmoid(Dot(w, features[i]) + b) - (labels[i] ? 1 : 0);
                for (int k = 0; k < d; k++)
                {
                    gradient[k] += error * features[i][k];
                }

                gb += error;
            }

            for (int k = 0; k < d; k++)
            {
                w[k] -= rate * ((gradient[k] / n) + (l2 * w[k]));
            }

            b -= rate * gb / n;
        }

        return ([.. w.Select(v => (float)v)], (float)b);
    }

    public static double Probability(float[] weights, float bias, float[] x)
    {
        double z = bias;
        for (int k = 0; k < x.Length; k++)
        {
            z += weights[k] * x[k];
        }

        return Sigmoid(z);
    }

    private static double Dot(double[] w, float[] x)
    {
        double sum = 0;
        for (int k = 0; k < x.Length; k++)
        {
            sum += w[k] * x[k];
        }

        return sum;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
