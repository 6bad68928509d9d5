package paperkg.spark;

import java.io.Serializable;

/**
 * One input file of the job, resolved on the driver.
 *
 * @param name the name papers and messages use ({@code source} = {@code name:line}): the path as
 *     the user gave it (or, under a directory argument, the argument joined with the file's
 *     relative path), as the CLI does
 * @param uri the fully qualified location (file:, hdfs:, s3a: ...) tasks open
 * @param format the paperkg format name
 * @param size bytes
 * @param splittable JSON Lines that are not gzipped: read in byte ranges by several tasks
 */
record InputFile(String name, String uri, String format, long size, boolean splittable)
    implements Serializable {}
