package paperkg.spark;

import java.io.Serializable;

/**
 * What every task needs to know, sent with it.
 *
 * @param output the output directory, fully qualified
 * @param year the year of year-less hf-text dates (the CLI's {@code --year})
 * @param strict the first bad record fails the job (the CLI's {@code --strict})
 */
record JobSettings(String output, int year, boolean strict, RunStamp run, HadoopConf hadoop)
    implements Serializable {}
