import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  cgoSettings,
  chooseCCompiler,
  runGo,
  runGoChecked,
  verifiedGoRoot,
  zigLdflags
} from "./chunk-NDA52OJJ.js";
import {
  readToolReceipt,
  runQuiet
} from "./chunk-L4CI2NMB.js";
import {
  imageBinaries,
  imageNote,
  linkFreeFolder,
  partialBeside,
  refuseNonFiles,
  renameIntoPlace,
  writeFileNoFollow
} from "./chunk-X5FJGOJB.js";
import {
  VARIANT_VARIABLES,
  resolveTargets,
  targetEnv,
  targetId
} from "./chunk-CFGINUAJ.js";
import {
  mapLimit
} from "./chunk-CTTLFQ52.js";
import {
  toolCacheRoot
} from "./chunk-DRZAVMTK.js";
import {
  which
} from "./chunk-UG6VY2RL.js";
import {
  isInside
} from "./chunk-RZ4XXYW2.js";
import {
  error,
  group,
  info,
  notice,
  summaryCode,
  summaryText,
  warning
} from "./chunk-UUH7NTXT.js";
import {
  setOutput,
  summary
} from "./chunk-YQMGHQ5S.js";
import {
  compareGoVersions,
  releaseVersion
} from "./chunk-NBMMN6Z4.js";
import {
  compareStrings
} from "./chunk-MYHJHFEH.js";
import {
  Qn
} from "./chunk-XGH6ETTA.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-J27SYFL5.js";

// node_modules/buffer-crc32/dist/index.cjs
var require_dist = __commonJS({
  "node_modules/buffer-crc32/dist/index.cjs"(exports, module) {
    "use strict";
    function getDefaultExportFromCjs(x) {
      return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
    }
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function ensureBuffer(input) {
      if (Buffer.isBuffer(input)) {
        return input;
      }
      if (typeof input === "number") {
        return Buffer.alloc(input);
      } else if (typeof input === "string") {
        return Buffer.from(input);
      } else {
        throw new Error("input must be buffer, number, or string, received " + typeof input);
      }
    }
    function bufferizeInt(num) {
      const tmp = ensureBuffer(4);
      tmp.writeInt32BE(num, 0);
      return tmp;
    }
    function _crc32(buf, previous) {
      buf = ensureBuffer(buf);
      if (Buffer.isBuffer(previous)) {
        previous = previous.readUInt32BE(0);
      }
      let crc = ~~previous ^ -1;
      for (var n = 0; n < buf.length; n++) {
        crc = CRC_TABLE[(crc ^ buf[n]) & 255] ^ crc >>> 8;
      }
      return crc ^ -1;
    }
    function crc32() {
      return bufferizeInt(_crc32.apply(null, arguments));
    }
    crc32.signed = function() {
      return _crc32.apply(null, arguments);
    };
    crc32.unsigned = function() {
      return _crc32.apply(null, arguments) >>> 0;
    };
    var bufferCrc32 = crc32;
    var index = /* @__PURE__ */ getDefaultExportFromCjs(bufferCrc32);
    module.exports = index;
  }
});

// node_modules/yazl/index.js
var require_yazl = __commonJS({
  "node_modules/yazl/index.js"(exports) {
    var fs = __require("fs");
    var Transform = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var zlib = __require("zlib");
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var errorMonitor = __require("events").errorMonitor;
    var crc32 = require_dist();
    exports.ZipFile = ZipFile;
    exports.dateToDosDateTime = dateToDosDateTime;
    util.inherits(ZipFile, EventEmitter);
    function ZipFile() {
      this.outputStream = new PassThrough();
      this.entries = [];
      this.outputStreamCursor = 0;
      this.ended = false;
      this.allDone = false;
      this.forceZip64Eocd = false;
      this.errored = false;
      this.on(errorMonitor, function() {
        this.errored = true;
      });
    }
    ZipFile.prototype.addFile = function(realPath, metadataPath, options) {
      var self = this;
      metadataPath = validateMetadataPath(metadataPath, false);
      if (options == null) options = {};
      if (shouldIgnoreAdding(self)) return;
      var entry = new Entry(metadataPath, false, options);
      self.entries.push(entry);
      fs.stat(realPath, function(err, stats) {
        if (err) return self.emit("error", err);
        if (!stats.isFile()) return self.emit("error", new Error("not a file: " + realPath));
        entry.uncompressedSize = stats.size;
        if (options.mtime == null) entry.setLastModDate(stats.mtime);
        if (options.mode == null) entry.setFileAttributesMode(stats.mode);
        entry.setFileDataPumpFunction(function() {
          var readStream = fs.createReadStream(realPath);
          entry.state = Entry.FILE_DATA_IN_PROGRESS;
          readStream.on("error", function(err2) {
            self.emit("error", err2);
          });
          pumpFileDataReadStream(self, entry, readStream);
        });
        pumpEntries(self);
      });
    };
    ZipFile.prototype.addReadStream = function(readStream, metadataPath, options) {
      this.addReadStreamLazy(metadataPath, options, function(cb) {
        cb(null, readStream);
      });
    };
    ZipFile.prototype.addReadStreamLazy = function(metadataPath, options, getReadStreamFunction) {
      var self = this;
      if (typeof options === "function") {
        getReadStreamFunction = options;
        options = null;
      }
      if (options == null) options = {};
      metadataPath = validateMetadataPath(metadataPath, false);
      if (shouldIgnoreAdding(self)) return;
      var entry = new Entry(metadataPath, false, options);
      self.entries.push(entry);
      entry.setFileDataPumpFunction(function() {
        entry.state = Entry.FILE_DATA_IN_PROGRESS;
        getReadStreamFunction(function(err, readStream) {
          if (err) return self.emit("error", err);
          pumpFileDataReadStream(self, entry, readStream);
        });
      });
      pumpEntries(self);
    };
    ZipFile.prototype.addBuffer = function(buffer3, metadataPath, options) {
      var self = this;
      metadataPath = validateMetadataPath(metadataPath, false);
      if (buffer3.length > 1073741823) throw new Error("buffer too large: " + buffer3.length + " > 1073741823");
      if (options == null) options = {};
      if (options.size != null) throw new Error("options.size not allowed");
      if (shouldIgnoreAdding(self)) return;
      var entry = new Entry(metadataPath, false, options);
      entry.uncompressedSize = buffer3.length;
      entry.crc32 = crc32.unsigned(buffer3);
      entry.crcAndFileSizeKnown = true;
      self.entries.push(entry);
      if (entry.compressionLevel === 0) {
        setCompressedBuffer(buffer3);
      } else {
        zlib.deflateRaw(buffer3, { level: entry.compressionLevel }, function(err, compressedBuffer) {
          setCompressedBuffer(compressedBuffer);
        });
      }
      function setCompressedBuffer(compressedBuffer) {
        entry.compressedSize = compressedBuffer.length;
        entry.setFileDataPumpFunction(function() {
          writeToOutputStream(self, compressedBuffer);
          writeToOutputStream(self, entry.getDataDescriptor());
          entry.state = Entry.FILE_DATA_DONE;
          setImmediate(function() {
            pumpEntries(self);
          });
        });
        pumpEntries(self);
      }
    };
    ZipFile.prototype.addEmptyDirectory = function(metadataPath, options) {
      var self = this;
      metadataPath = validateMetadataPath(metadataPath, true);
      if (options == null) options = {};
      if (options.size != null) throw new Error("options.size not allowed");
      if (options.compress != null) throw new Error("options.compress not allowed");
      if (options.compressionLevel != null) throw new Error("options.compressionLevel not allowed");
      if (shouldIgnoreAdding(self)) return;
      var entry = new Entry(metadataPath, true, options);
      self.entries.push(entry);
      entry.setFileDataPumpFunction(function() {
        writeToOutputStream(self, entry.getDataDescriptor());
        entry.state = Entry.FILE_DATA_DONE;
        pumpEntries(self);
      });
      pumpEntries(self);
    };
    var eocdrSignatureBuffer = bufferFrom([80, 75, 5, 6]);
    ZipFile.prototype.end = function(options, calculatedTotalSizeCallback) {
      if (typeof options === "function") {
        calculatedTotalSizeCallback = options;
        options = null;
      }
      if (options == null) options = {};
      if (this.ended) return;
      this.ended = true;
      if (this.errored) return;
      this.calculatedTotalSizeCallback = calculatedTotalSizeCallback;
      this.forceZip64Eocd = !!options.forceZip64Format;
      if (options.comment) {
        if (typeof options.comment === "string") {
          this.comment = encodeCp437(options.comment);
        } else {
          this.comment = options.comment;
        }
        if (this.comment.length > 65535) throw new Error("comment is too large");
        if (bufferIncludes(this.comment, eocdrSignatureBuffer)) throw new Error("comment contains end of central directory record signature");
      } else {
        this.comment = EMPTY_BUFFER;
      }
      pumpEntries(this);
    };
    function writeToOutputStream(self, buffer3) {
      self.outputStream.write(buffer3);
      self.outputStreamCursor += buffer3.length;
    }
    function pumpFileDataReadStream(self, entry, readStream) {
      var crc32Watcher = new Crc32Watcher();
      var uncompressedSizeCounter = new ByteCounter();
      var compressor = entry.compressionLevel !== 0 ? new zlib.DeflateRaw({ level: entry.compressionLevel }) : new PassThrough();
      var compressedSizeCounter = new ByteCounter();
      readStream.pipe(crc32Watcher).pipe(uncompressedSizeCounter).pipe(compressor).pipe(compressedSizeCounter).pipe(self.outputStream, { end: false });
      compressedSizeCounter.on("end", function() {
        entry.crc32 = crc32Watcher.crc32;
        if (entry.uncompressedSize == null) {
          entry.uncompressedSize = uncompressedSizeCounter.byteCount;
        } else {
          if (entry.uncompressedSize !== uncompressedSizeCounter.byteCount) return self.emit("error", new Error("file data stream has unexpected number of bytes"));
        }
        entry.compressedSize = compressedSizeCounter.byteCount;
        self.outputStreamCursor += entry.compressedSize;
        writeToOutputStream(self, entry.getDataDescriptor());
        entry.state = Entry.FILE_DATA_DONE;
        pumpEntries(self);
      });
    }
    function determineCompressionLevel(options) {
      if (options.compress != null && options.compressionLevel != null) {
        if (!!options.compress !== !!options.compressionLevel) throw new Error("conflicting settings for compress and compressionLevel");
      }
      if (options.compressionLevel != null) return options.compressionLevel;
      if (options.compress === false) return 0;
      return 6;
    }
    function pumpEntries(self) {
      if (self.allDone || self.errored) return;
      if (self.ended && self.calculatedTotalSizeCallback != null) {
        var calculatedTotalSize = calculateTotalSize(self);
        if (calculatedTotalSize != null) {
          self.calculatedTotalSizeCallback(calculatedTotalSize);
          self.calculatedTotalSizeCallback = null;
        }
      }
      var entry = getFirstNotDoneEntry();
      function getFirstNotDoneEntry() {
        for (var i = 0; i < self.entries.length; i++) {
          var entry2 = self.entries[i];
          if (entry2.state < Entry.FILE_DATA_DONE) return entry2;
        }
        return null;
      }
      if (entry != null) {
        if (entry.state < Entry.READY_TO_PUMP_FILE_DATA) return;
        if (entry.state === Entry.FILE_DATA_IN_PROGRESS) return;
        entry.relativeOffsetOfLocalHeader = self.outputStreamCursor;
        var localFileHeader = entry.getLocalFileHeader();
        writeToOutputStream(self, localFileHeader);
        entry.doFileDataPump();
      } else {
        if (self.ended) {
          self.offsetOfStartOfCentralDirectory = self.outputStreamCursor;
          self.entries.forEach(function(entry2) {
            var centralDirectoryRecord = entry2.getCentralDirectoryRecord();
            writeToOutputStream(self, centralDirectoryRecord);
          });
          writeToOutputStream(self, getEndOfCentralDirectoryRecord(self));
          self.outputStream.end();
          self.allDone = true;
        }
      }
    }
    function calculateTotalSize(self) {
      var pretendOutputCursor = 0;
      var centralDirectorySize = 0;
      for (var i = 0; i < self.entries.length; i++) {
        var entry = self.entries[i];
        if (entry.compressionLevel !== 0) return -1;
        if (entry.state >= Entry.READY_TO_PUMP_FILE_DATA) {
          if (entry.uncompressedSize == null) return -1;
        } else {
          if (entry.uncompressedSize == null) return null;
        }
        entry.relativeOffsetOfLocalHeader = pretendOutputCursor;
        var useZip64Format = entry.useZip64Format();
        pretendOutputCursor += LOCAL_FILE_HEADER_FIXED_SIZE + entry.utf8FileName.length;
        pretendOutputCursor += entry.uncompressedSize;
        if (!entry.crcAndFileSizeKnown) {
          if (useZip64Format) {
            pretendOutputCursor += ZIP64_DATA_DESCRIPTOR_SIZE;
          } else {
            pretendOutputCursor += DATA_DESCRIPTOR_SIZE;
          }
        }
        centralDirectorySize += CENTRAL_DIRECTORY_RECORD_FIXED_SIZE + entry.utf8FileName.length + entry.fileComment.length;
        if (!entry.forceDosTimestamp) {
          centralDirectorySize += INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE;
        }
        if (useZip64Format) {
          centralDirectorySize += ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE;
        }
      }
      var endOfCentralDirectorySize = 0;
      if (self.forceZip64Eocd || self.entries.length >= 65535 || centralDirectorySize >= 65535 || pretendOutputCursor >= 4294967295) {
        endOfCentralDirectorySize += ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE;
      }
      endOfCentralDirectorySize += END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length;
      return pretendOutputCursor + centralDirectorySize + endOfCentralDirectorySize;
    }
    function shouldIgnoreAdding(self) {
      if (self.ended) throw new Error("cannot add entries after calling end()");
      if (self.errored) return true;
      return false;
    }
    var ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 56;
    var ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE = 20;
    var END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 22;
    function getEndOfCentralDirectoryRecord(self, actuallyJustTellMeHowLongItWouldBe) {
      var needZip64Format = false;
      var normalEntriesLength = self.entries.length;
      if (self.forceZip64Eocd || self.entries.length >= 65535) {
        normalEntriesLength = 65535;
        needZip64Format = true;
      }
      var sizeOfCentralDirectory = self.outputStreamCursor - self.offsetOfStartOfCentralDirectory;
      var normalSizeOfCentralDirectory = sizeOfCentralDirectory;
      if (self.forceZip64Eocd || sizeOfCentralDirectory >= 4294967295) {
        normalSizeOfCentralDirectory = 4294967295;
        needZip64Format = true;
      }
      var normalOffsetOfStartOfCentralDirectory = self.offsetOfStartOfCentralDirectory;
      if (self.forceZip64Eocd || self.offsetOfStartOfCentralDirectory >= 4294967295) {
        normalOffsetOfStartOfCentralDirectory = 4294967295;
        needZip64Format = true;
      }
      if (actuallyJustTellMeHowLongItWouldBe) {
        if (needZip64Format) {
          return ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE + END_OF_CENTRAL_DIRECTORY_RECORD_SIZE;
        } else {
          return END_OF_CENTRAL_DIRECTORY_RECORD_SIZE;
        }
      }
      var eocdrBuffer = bufferAlloc(END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length);
      eocdrBuffer.writeUInt32LE(101010256, 0);
      eocdrBuffer.writeUInt16LE(0, 4);
      eocdrBuffer.writeUInt16LE(0, 6);
      eocdrBuffer.writeUInt16LE(normalEntriesLength, 8);
      eocdrBuffer.writeUInt16LE(normalEntriesLength, 10);
      eocdrBuffer.writeUInt32LE(normalSizeOfCentralDirectory, 12);
      eocdrBuffer.writeUInt32LE(normalOffsetOfStartOfCentralDirectory, 16);
      eocdrBuffer.writeUInt16LE(self.comment.length, 20);
      self.comment.copy(eocdrBuffer, 22);
      if (!needZip64Format) return eocdrBuffer;
      var zip64EocdrBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE);
      zip64EocdrBuffer.writeUInt32LE(101075792, 0);
      writeUInt64LE(zip64EocdrBuffer, ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE - 12, 4);
      zip64EocdrBuffer.writeUInt16LE(VERSION_MADE_BY, 12);
      zip64EocdrBuffer.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_ZIP64, 14);
      zip64EocdrBuffer.writeUInt32LE(0, 16);
      zip64EocdrBuffer.writeUInt32LE(0, 20);
      writeUInt64LE(zip64EocdrBuffer, self.entries.length, 24);
      writeUInt64LE(zip64EocdrBuffer, self.entries.length, 32);
      writeUInt64LE(zip64EocdrBuffer, sizeOfCentralDirectory, 40);
      writeUInt64LE(zip64EocdrBuffer, self.offsetOfStartOfCentralDirectory, 48);
      var zip64EocdlBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE);
      zip64EocdlBuffer.writeUInt32LE(117853008, 0);
      zip64EocdlBuffer.writeUInt32LE(0, 4);
      writeUInt64LE(zip64EocdlBuffer, self.outputStreamCursor, 8);
      zip64EocdlBuffer.writeUInt32LE(1, 16);
      return Buffer.concat([
        zip64EocdrBuffer,
        zip64EocdlBuffer,
        eocdrBuffer
      ]);
    }
    function validateMetadataPath(metadataPath, isDirectory) {
      if (metadataPath === "") throw new Error("empty metadataPath");
      metadataPath = metadataPath.replace(/\\/g, "/");
      if (/^[a-zA-Z]:/.test(metadataPath) || /^\//.test(metadataPath)) throw new Error("absolute path: " + metadataPath);
      if (metadataPath.split("/").indexOf("..") !== -1) throw new Error("invalid relative path: " + metadataPath);
      var looksLikeDirectory = /\/$/.test(metadataPath);
      if (isDirectory) {
        if (!looksLikeDirectory) metadataPath += "/";
      } else {
        if (looksLikeDirectory) throw new Error("file path cannot end with '/': " + metadataPath);
      }
      return metadataPath;
    }
    var EMPTY_BUFFER = bufferAlloc(0);
    function Entry(metadataPath, isDirectory, options) {
      this.utf8FileName = bufferFrom(metadataPath);
      if (this.utf8FileName.length > 65535) throw new Error("utf8 file name too long. " + utf8FileName.length + " > 65535");
      this.isDirectory = isDirectory;
      this.state = Entry.WAITING_FOR_METADATA;
      this.setLastModDate(options.mtime != null ? options.mtime : /* @__PURE__ */ new Date());
      this.forceDosTimestamp = !!options.forceDosTimestamp;
      if (options.mode != null) {
        this.setFileAttributesMode(options.mode);
      } else {
        this.setFileAttributesMode(isDirectory ? 16893 : 33204);
      }
      if (isDirectory) {
        this.crcAndFileSizeKnown = true;
        this.crc32 = 0;
        this.uncompressedSize = 0;
        this.compressedSize = 0;
      } else {
        this.crcAndFileSizeKnown = false;
        this.crc32 = null;
        this.uncompressedSize = null;
        this.compressedSize = null;
        if (options.size != null) this.uncompressedSize = options.size;
      }
      if (isDirectory) {
        this.compressionLevel = 0;
      } else {
        this.compressionLevel = determineCompressionLevel(options);
      }
      this.forceZip64Format = !!options.forceZip64Format;
      if (options.fileComment) {
        if (typeof options.fileComment === "string") {
          this.fileComment = bufferFrom(options.fileComment, "utf-8");
        } else {
          this.fileComment = options.fileComment;
        }
        if (this.fileComment.length > 65535) throw new Error("fileComment is too large");
      } else {
        this.fileComment = EMPTY_BUFFER;
      }
    }
    Entry.WAITING_FOR_METADATA = 0;
    Entry.READY_TO_PUMP_FILE_DATA = 1;
    Entry.FILE_DATA_IN_PROGRESS = 2;
    Entry.FILE_DATA_DONE = 3;
    Entry.prototype.setLastModDate = function(date) {
      this.mtime = date;
      var dosDateTime = dateToDosDateTime(date);
      this.lastModFileTime = dosDateTime.time;
      this.lastModFileDate = dosDateTime.date;
    };
    Entry.prototype.setFileAttributesMode = function(mode) {
      if ((mode & 65535) !== mode) throw new Error("invalid mode. expected: 0 <= " + mode + " <= 65535");
      this.externalFileAttributes = mode << 16 >>> 0;
    };
    Entry.prototype.setFileDataPumpFunction = function(doFileDataPump) {
      this.doFileDataPump = doFileDataPump;
      this.state = Entry.READY_TO_PUMP_FILE_DATA;
    };
    Entry.prototype.useZip64Format = function() {
      return this.forceZip64Format || this.uncompressedSize != null && this.uncompressedSize > 4294967294 || this.compressedSize != null && this.compressedSize > 4294967294 || this.relativeOffsetOfLocalHeader != null && this.relativeOffsetOfLocalHeader > 4294967294;
    };
    var LOCAL_FILE_HEADER_FIXED_SIZE = 30;
    var VERSION_NEEDED_TO_EXTRACT_UTF8 = 20;
    var VERSION_NEEDED_TO_EXTRACT_ZIP64 = 45;
    var VERSION_MADE_BY = 3 << 8 | 63;
    var FILE_NAME_IS_UTF8 = 1 << 11;
    var UNKNOWN_CRC32_AND_FILE_SIZES = 1 << 3;
    Entry.prototype.getLocalFileHeader = function() {
      var crc322 = 0;
      var compressedSize = 0;
      var uncompressedSize = 0;
      if (this.crcAndFileSizeKnown) {
        crc322 = this.crc32;
        compressedSize = this.compressedSize;
        uncompressedSize = this.uncompressedSize;
      }
      var fixedSizeStuff = bufferAlloc(LOCAL_FILE_HEADER_FIXED_SIZE);
      var generalPurposeBitFlag = FILE_NAME_IS_UTF8;
      if (!this.crcAndFileSizeKnown) generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES;
      fixedSizeStuff.writeUInt32LE(67324752, 0);
      fixedSizeStuff.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_UTF8, 4);
      fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 6);
      fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 8);
      fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 10);
      fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 12);
      fixedSizeStuff.writeUInt32LE(crc322, 14);
      fixedSizeStuff.writeUInt32LE(compressedSize, 18);
      fixedSizeStuff.writeUInt32LE(uncompressedSize, 22);
      fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 26);
      fixedSizeStuff.writeUInt16LE(0, 28);
      return Buffer.concat([
        fixedSizeStuff,
        // file name (variable size)
        this.utf8FileName
        // extra field (variable size)
        // no extra fields
      ]);
    };
    var DATA_DESCRIPTOR_SIZE = 16;
    var ZIP64_DATA_DESCRIPTOR_SIZE = 24;
    Entry.prototype.getDataDescriptor = function() {
      if (this.crcAndFileSizeKnown) {
        return EMPTY_BUFFER;
      }
      if (!this.useZip64Format()) {
        var buffer3 = bufferAlloc(DATA_DESCRIPTOR_SIZE);
        buffer3.writeUInt32LE(134695760, 0);
        buffer3.writeUInt32LE(this.crc32, 4);
        buffer3.writeUInt32LE(this.compressedSize, 8);
        buffer3.writeUInt32LE(this.uncompressedSize, 12);
        return buffer3;
      } else {
        var buffer3 = bufferAlloc(ZIP64_DATA_DESCRIPTOR_SIZE);
        buffer3.writeUInt32LE(134695760, 0);
        buffer3.writeUInt32LE(this.crc32, 4);
        writeUInt64LE(buffer3, this.compressedSize, 8);
        writeUInt64LE(buffer3, this.uncompressedSize, 16);
        return buffer3;
      }
    };
    var CENTRAL_DIRECTORY_RECORD_FIXED_SIZE = 46;
    var INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE = 9;
    var ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE = 28;
    Entry.prototype.getCentralDirectoryRecord = function() {
      var fixedSizeStuff = bufferAlloc(CENTRAL_DIRECTORY_RECORD_FIXED_SIZE);
      var generalPurposeBitFlag = FILE_NAME_IS_UTF8;
      if (!this.crcAndFileSizeKnown) generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES;
      var izutefBuffer = EMPTY_BUFFER;
      if (!this.forceDosTimestamp) {
        izutefBuffer = bufferAlloc(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE);
        izutefBuffer.writeUInt16LE(21589, 0);
        izutefBuffer.writeUInt16LE(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE - 4, 2);
        var EB_UT_FL_MTIME = 1 << 0;
        var EB_UT_FL_ATIME = 1 << 1;
        izutefBuffer.writeUInt8(EB_UT_FL_MTIME | EB_UT_FL_ATIME, 4);
        var timestamp2 = Math.floor(this.mtime.getTime() / 1e3);
        if (timestamp2 < -2147483648) timestamp2 = -2147483648;
        if (timestamp2 > 2147483647) timestamp2 = 2147483647;
        izutefBuffer.writeUInt32LE(timestamp2, 5);
      }
      var normalCompressedSize = this.compressedSize;
      var normalUncompressedSize = this.uncompressedSize;
      var normalRelativeOffsetOfLocalHeader = this.relativeOffsetOfLocalHeader;
      var versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_UTF8;
      var zeiefBuffer = EMPTY_BUFFER;
      if (this.useZip64Format()) {
        normalCompressedSize = 4294967295;
        normalUncompressedSize = 4294967295;
        normalRelativeOffsetOfLocalHeader = 4294967295;
        versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_ZIP64;
        zeiefBuffer = bufferAlloc(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE);
        zeiefBuffer.writeUInt16LE(1, 0);
        zeiefBuffer.writeUInt16LE(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE - 4, 2);
        writeUInt64LE(zeiefBuffer, this.uncompressedSize, 4);
        writeUInt64LE(zeiefBuffer, this.compressedSize, 12);
        writeUInt64LE(zeiefBuffer, this.relativeOffsetOfLocalHeader, 20);
      }
      fixedSizeStuff.writeUInt32LE(33639248, 0);
      fixedSizeStuff.writeUInt16LE(VERSION_MADE_BY, 4);
      fixedSizeStuff.writeUInt16LE(versionNeededToExtract, 6);
      fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 8);
      fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 10);
      fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 12);
      fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 14);
      fixedSizeStuff.writeUInt32LE(this.crc32, 16);
      fixedSizeStuff.writeUInt32LE(normalCompressedSize, 20);
      fixedSizeStuff.writeUInt32LE(normalUncompressedSize, 24);
      fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 28);
      fixedSizeStuff.writeUInt16LE(izutefBuffer.length + zeiefBuffer.length, 30);
      fixedSizeStuff.writeUInt16LE(this.fileComment.length, 32);
      fixedSizeStuff.writeUInt16LE(0, 34);
      fixedSizeStuff.writeUInt16LE(0, 36);
      fixedSizeStuff.writeUInt32LE(this.externalFileAttributes, 38);
      fixedSizeStuff.writeUInt32LE(normalRelativeOffsetOfLocalHeader, 42);
      return Buffer.concat([
        fixedSizeStuff,
        // file name (variable size)
        this.utf8FileName,
        // extra field (variable size)
        izutefBuffer,
        zeiefBuffer,
        // file comment (variable size)
        this.fileComment
      ]);
    };
    Entry.prototype.getCompressionMethod = function() {
      var NO_COMPRESSION = 0;
      var DEFLATE_COMPRESSION = 8;
      return this.compressionLevel === 0 ? NO_COMPRESSION : DEFLATE_COMPRESSION;
    };
    var minDosDate = new Date(1980, 0, 1);
    var maxDosDate = new Date(2107, 11, 31, 23, 59, 58);
    function dateToDosDateTime(jsDate) {
      if (jsDate < minDosDate) jsDate = minDosDate;
      else if (jsDate > maxDosDate) jsDate = maxDosDate;
      var date = 0;
      date |= jsDate.getDate() & 31;
      date |= (jsDate.getMonth() + 1 & 15) << 5;
      date |= (jsDate.getFullYear() - 1980 & 127) << 9;
      var time = 0;
      time |= Math.floor(jsDate.getSeconds() / 2);
      time |= (jsDate.getMinutes() & 63) << 5;
      time |= (jsDate.getHours() & 31) << 11;
      return { date, time };
    }
    function writeUInt64LE(buffer3, n, offset) {
      var high = Math.floor(n / 4294967296);
      var low = n % 4294967296;
      buffer3.writeUInt32LE(low, offset);
      buffer3.writeUInt32LE(high, offset + 4);
    }
    util.inherits(ByteCounter, Transform);
    function ByteCounter(options) {
      Transform.call(this, options);
      this.byteCount = 0;
    }
    ByteCounter.prototype._transform = function(chunk, encoding, cb) {
      this.byteCount += chunk.length;
      cb(null, chunk);
    };
    util.inherits(Crc32Watcher, Transform);
    function Crc32Watcher(options) {
      Transform.call(this, options);
      this.crc32 = 0;
    }
    Crc32Watcher.prototype._transform = function(chunk, encoding, cb) {
      this.crc32 = crc32.unsigned(chunk, this.crc32);
      cb(null, chunk);
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    if (cp437.length !== 256) throw new Error("assertion failure");
    var reverseCp437 = null;
    function encodeCp437(string) {
      if (/^[\x20-\x7e]*$/.test(string)) {
        return bufferFrom(string, "utf-8");
      }
      if (reverseCp437 == null) {
        reverseCp437 = {};
        for (var i = 0; i < cp437.length; i++) {
          reverseCp437[cp437[i]] = i;
        }
      }
      var result = bufferAlloc(string.length);
      for (var i = 0; i < string.length; i++) {
        var b = reverseCp437[string[i]];
        if (b == null) throw new Error("character not encodable in CP437: " + JSON.stringify(string[i]));
        result[i] = b;
      }
      return result;
    }
    function bufferAlloc(size) {
      bufferAlloc = modern;
      try {
        return bufferAlloc(size);
      } catch (e) {
        bufferAlloc = legacy;
        return bufferAlloc(size);
      }
      function modern(size2) {
        return Buffer.allocUnsafe(size2);
      }
      function legacy(size2) {
        return new Buffer(size2);
      }
    }
    function bufferFrom(something, encoding) {
      bufferFrom = modern;
      try {
        return bufferFrom(something, encoding);
      } catch (e) {
        bufferFrom = legacy;
        return bufferFrom(something, encoding);
      }
      function modern(something2, encoding2) {
        return Buffer.from(something2, encoding2);
      }
      function legacy(something2, encoding2) {
        return new Buffer(something2, encoding2);
      }
    }
    function bufferIncludes(buffer3, content) {
      bufferIncludes = modern;
      try {
        return bufferIncludes(buffer3, content);
      } catch (e) {
        bufferIncludes = legacy;
        return bufferIncludes(buffer3, content);
      }
      function modern(buffer4, content2) {
        return buffer4.includes(content2);
      }
      function legacy(buffer4, content2) {
        for (var i = 0; i <= buffer4.length - content2.length; i++) {
          for (var j = 0; ; j++) {
            if (j === content2.length) return true;
            if (buffer4[i + j] !== content2[j]) break;
          }
        }
        return false;
      }
    }
  }
});

// src/build/engine.ts
import { mkdir as mkdir2 } from "node:fs/promises";
import { dirname as dirname2, join as join8 } from "node:path";

// package.json
var version = "0.1.0";

// src/build/build-target.ts
import { readFile as readFile3, rm as rm2, stat } from "node:fs/promises";
import { join as join4 } from "node:path";
import { performance } from "node:perf_hooks";

// src/build/artifacts/release-files.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { chmod, copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buffer as buffer2 } from "node:stream/consumers";

// src/build/artifacts/checksums.ts
function formatChecksums(entries) {
  return [...entries].sort((a, b) => compareStrings(a.name, b.name)).map((entry) => {
    if (!/^[0-9a-f]{64}$/.test(entry.sha256)) throw new Error(`not a lowercase SHA-256: ${entry.sha256}`);
    if (/[\n\\]/.test(entry.name)) throw new Error(`file name unfit for a checksums file: ${JSON.stringify(entry.name)}`);
    return `${entry.sha256}  ${entry.name}
`;
  }).join("");
}

// src/build/artifacts/display-path.ts
import { isAbsolute, relative } from "node:path";
function displayPath(path) {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

// src/build/artifacts/gzip.ts
import { promisify } from "node:util";
import { gzip } from "node:zlib";
var gzipAsync = promisify(gzip);
var OS_BYTE = 9;
var OS_UNIX = 3;
async function gzipPortable(data) {
  const compressed = await gzipAsync(data);
  compressed[OS_BYTE] = OS_UNIX;
  return compressed;
}

// src/build/artifacts/zip.ts
var import_yazl = __toESM(require_yazl(), 1);
import { buffer } from "node:stream/consumers";
var REGULAR_FILE = 32768;
function utcFieldsAsLocal(time) {
  return new Date(
    time.getUTCFullYear(),
    time.getUTCMonth(),
    time.getUTCDate(),
    time.getUTCHours(),
    time.getUTCMinutes(),
    time.getUTCSeconds()
  );
}
async function createZip(entries) {
  const zip = new import_yazl.default.ZipFile();
  for (const entry of entries) {
    zip.addBuffer(entry.data, entry.name, {
      mode: REGULAR_FILE | entry.mode,
      mtime: utcFieldsAsLocal(entry.modified),
      forceDosTimestamp: true,
      compress: true
    });
  }
  zip.end();
  return buffer(zip.outputStream);
}

// src/build/artifacts/release-files.ts
var modeOf = (entry) => entry.executable ? 493 : 420;
async function archiveBytes(format, entries, modified) {
  const sorted = [...entries].sort((a, b) => compareStrings(a.name, b.name));
  if (format === "zip") {
    const datas = await Promise.all(sorted.map((entry) => readFile(entry.path)));
    return createZip(sorted.map((entry, index) => ({ name: entry.name, data: datas[index], mode: modeOf(entry), modified })));
  }
  const staging = await mkdtemp(join(tmpdir(), "sgg-archive-"));
  try {
    for (const entry of sorted) {
      await copyFile(entry.path, join(staging, entry.name));
      await chmod(join(staging, entry.name), modeOf(entry));
    }
    const names = sorted.map((entry) => entry.name);
    return await gzipPortable(await buffer2(Qn({ portable: true, mtime: modified, cwd: staging }, names)));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
async function writeArchive(format, entries, modified, archive) {
  await writeFileNoFollow(archive, await archiveBytes(format, entries, modified));
}
async function sha256File(path) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest("hex");
}
async function writeChecksumsFile(outputDir, fileName, entries) {
  const path = join(outputDir, fileName);
  await writeFileNoFollow(path, formatChecksums(entries));
  return displayPath(path);
}

// src/build/artifacts/build-info.ts
var SIMPLE_ESCAPES = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  "\\": "\\",
  '"': '"',
  "'": "'"
};
function unquoteGo(text) {
  if (!text.startsWith('"')) return text;
  if (!text.endsWith('"') || text.length < 2) throw new Error(`unterminated Go string: ${text}`);
  const bytes = [];
  const body = text.slice(1, -1);
  for (let at = 0; at < body.length; ) {
    const char = body[at];
    if (char !== "\\") {
      const point = body.codePointAt(at);
      bytes.push(...Buffer.from(String.fromCodePoint(point)));
      at += point > 65535 ? 2 : 1;
      continue;
    }
    const kind = body[at + 1] ?? "";
    if (kind in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[kind].charCodeAt(0));
      at += 2;
    } else if (kind === "x") {
      bytes.push(Number.parseInt(body.slice(at + 2, at + 4), 16));
      at += 4;
    } else if (kind === "u" || kind === "U") {
      const width = kind === "u" ? 4 : 8;
      bytes.push(...Buffer.from(String.fromCodePoint(Number.parseInt(body.slice(at + 2, at + 2 + width), 16))));
      at += 2 + width;
    } else if (/[0-7]/.test(kind)) {
      bytes.push(Number.parseInt(body.slice(at + 1, at + 4), 8));
      at += 4;
    } else {
      throw new Error(`unknown escape \\${kind} in Go string: ${text}`);
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function moduleFrom(fields) {
  return { path: fields[0] ?? "", version: fields[1] ?? "", sum: fields[2] ?? "" };
}
function parseBuildInfo(goVersionM) {
  const lines = goVersionM.split("\n");
  const header = /: (go[^\s]+)$/.exec(lines[0] ?? "");
  if (!header) throw new Error(`no Go version in the first line of go version -m: ${JSON.stringify(lines[0] ?? "")}`);
  const info2 = { goVersion: header[1], path: "", main: void 0, deps: [], settings: [] };
  let last;
  for (const line of lines.slice(1)) {
    if (!line.startsWith("	")) continue;
    const [kind, ...fields] = line.slice(1).split("	");
    if (kind === "path") info2.path = fields[0] ?? "";
    else if (kind === "mod" || kind === "dep") {
      last = moduleFrom(fields);
      if (kind === "mod") info2.main = last;
      else info2.deps.push(last);
    } else if (kind === "=>" && last) last.replace = moduleFrom(fields);
    else if (kind === "build") {
      const setting = fields.join("	");
      const keyEnd = setting.startsWith('"') ? closingQuote(setting) + 1 : setting.indexOf("=");
      if (setting[keyEnd] !== "=") throw new Error(`build setting without '=': ${setting}`);
      info2.settings.push({ key: unquoteGo(setting.slice(0, keyEnd)), value: unquoteGo(setting.slice(keyEnd + 1)) });
    }
  }
  return info2;
}
function closingQuote(text) {
  for (let at = 1; at < text.length; at++) {
    if (text[at] === "\\") at++;
    else if (text[at] === '"') return at;
  }
  throw new Error(`unterminated Go string: ${text}`);
}
function effectiveModule(module) {
  return module.replace ?? module;
}
function buildSetting(info2, key) {
  return info2.settings.find((setting) => setting.key === key)?.value;
}

// src/build/artifacts/binary-facts.ts
var PT_INTERP = 3;
var PT_NOTE = 4;
var NT_GNU_ABI_TAG = 1;
function readElf(bytes) {
  if (bytes.length < 52 || bytes.readUInt32BE(0) !== 2135247942) return void 0;
  const is64 = bytes[4] === 2;
  const big = bytes[5] === 2;
  const u16 = (at) => big ? bytes.readUInt16BE(at) : bytes.readUInt16LE(at);
  const u32 = (at) => big ? bytes.readUInt32BE(at) : bytes.readUInt32LE(at);
  const word = (at) => is64 ? Number(big ? bytes.readBigUInt64BE(at) : bytes.readBigUInt64LE(at)) : u32(at);
  const phoff = word(is64 ? 32 : 28);
  const phentsize = u16(is64 ? 54 : 42);
  const phnum = u16(is64 ? 56 : 44);
  let interpreter;
  let gnuAbiTag = false;
  for (let index = 0; index < phnum; index++) {
    const header = phoff + index * phentsize;
    if (header + phentsize > bytes.length) break;
    const type = u32(header);
    const offset = word(header + (is64 ? 8 : 4));
    const size = word(header + (is64 ? 32 : 16));
    if (offset + size > bytes.length) continue;
    if (type === PT_INTERP) interpreter = bytes.toString("latin1", offset, offset + size).replace(/\0+$/, "");
    if (type === PT_NOTE) {
      for (let at = offset; at + 12 <= offset + size; ) {
        const nameSize = u32(at);
        const descSize = u32(at + 4);
        const noteType = u32(at + 8);
        const name = bytes.toString("latin1", at + 12, at + 12 + nameSize).replace(/\0+$/, "");
        if (name === "GNU" && noteType === NT_GNU_ABI_TAG) gnuAbiTag = true;
        at += 12 + Math.ceil(nameSize / 4) * 4 + Math.ceil(descSize / 4) * 4;
      }
    }
  }
  return { interpreter, gnuAbiTag, cToolchainComment: hasCToolchainComment(bytes, is64, u16, u32, word) };
}
function hasCToolchainComment(bytes, is64, u16, u32, word) {
  const shoff = word(is64 ? 40 : 32);
  const shentsize = u16(is64 ? 58 : 46);
  const shnum = u16(is64 ? 60 : 48);
  const shstrndx = u16(is64 ? 62 : 50);
  const section = (index) => {
    const header = shoff + index * shentsize;
    if (shoff === 0 || header + shentsize > bytes.length) return void 0;
    const offset = word(header + (is64 ? 24 : 16));
    const size = word(header + (is64 ? 32 : 20));
    return { name: u32(header), offset, size: offset + size <= bytes.length ? size : 0 };
  };
  const names = section(shstrndx);
  if (!names) return false;
  for (let index = 0; index < shnum; index++) {
    const entry = section(index);
    if (!entry) return false;
    const nameStart = names.offset + entry.name;
    const name = bytes.toString("latin1", nameStart, bytes.indexOf(0, nameStart));
    if (name !== ".comment") continue;
    return /GCC: |clang version|Linker: LLD/.test(bytes.toString("latin1", entry.offset, entry.offset + entry.size));
  }
  return false;
}
function cgoFromBuildInfo(info2) {
  const value = buildSetting(info2, "CGO_ENABLED");
  return value === void 0 ? void 0 : value === "1";
}
function binaryFacts(bytes, cgo) {
  const elf = readElf(bytes);
  if (!elf) return { linkage: void 0, interpreter: void 0, libc: cgo ? "system" : "none", cgo };
  if (elf.interpreter) {
    const libc2 = /ld-musl/.test(elf.interpreter) ? "musl" : "glibc";
    return { linkage: "dynamic", interpreter: elf.interpreter, libc: libc2, cgo };
  }
  const libc = !cgo ? "none" : elf.gnuAbiTag ? "glibc" : elf.cToolchainComment ? "musl" : "none";
  return { linkage: "static", interpreter: void 0, libc, cgo };
}

// src/build/artifacts/sbom-files.ts
import { createHash as createHash3 } from "node:crypto";
import { join as join2 } from "node:path";

// src/build/artifacts/cyclonedx.ts
import { createHash as createHash2 } from "node:crypto";

// src/build/artifacts/sbom-subject.ts
var STDLIB = "stdlib";
function stdlibVersion(goVersion) {
  return goVersion.replace(/^go/, "");
}
function purlOf(module) {
  if (!module.version || module.version === "(devel)") return void 0;
  const path = module.path.split("/").map(encodeURIComponent).join("/");
  return `pkg:golang/${path}@${encodeURIComponent(module.version)}`;
}

// src/build/artifacts/cyclonedx.ts
var URL_NAMESPACE = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
function uuidV5(name) {
  const bytes = createHash2("sha1").update(URL_NAMESPACE).update(name).digest().subarray(0, 16);
  bytes[6] = bytes[6] & 15 | 80;
  bytes[8] = bytes[8] & 63 | 128;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function component(ref, module, replaced) {
  const purl = purlOf(module);
  const properties = [
    ...module.sum ? [{ name: "go:module:h1", value: module.sum }] : [],
    ...replaced ? [{ name: "go:module:replaces", value: [replaced.path, replaced.version].filter(Boolean).join(" ") }] : []
  ];
  return {
    type: "library",
    "bom-ref": ref,
    name: module.path,
    ...module.version && { version: module.version },
    ...purl && { purl },
    ...properties.length > 0 && { properties }
  };
}
function cyclonedxDocument(info2, subject) {
  const [tool, toolVersion] = [subject.tool.replace(/-[^-]*$/, ""), subject.tool.replace(/^.*-/, "")];
  const main = info2.main && component("module:main", info2.main);
  const stdlib = component("module:stdlib", { path: STDLIB, version: stdlibVersion(info2.goVersion), sum: "" });
  const deps = info2.deps.map((module, index) => component(`module:${index + 1}`, effectiveModule(module), module.replace && module));
  const components = [...main ? [main] : [], stdlib, ...deps];
  return {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: `urn:uuid:${uuidV5(`urn:sha256:${subject.sha256}`)}`,
    version: 1,
    metadata: {
      timestamp: subject.created.toISOString().replace(/\.\d{3}Z$/, "Z"),
      tools: { components: [{ type: "application", name: tool, version: toolVersion }] },
      component: {
        type: "application",
        "bom-ref": "binary",
        name: subject.fileName,
        ...info2.main && info2.main.version !== "(devel)" && { version: info2.main.version },
        hashes: [{ alg: "SHA-256", content: subject.sha256 }],
        properties: [
          { name: "go:version", value: info2.goVersion },
          { name: "go:package", value: info2.path },
          ...info2.settings.map((setting) => ({ name: `go:build:${setting.key}`, value: setting.value }))
        ]
      }
    },
    components,
    dependencies: [
      { ref: "binary", dependsOn: components.map((entry) => entry["bom-ref"]) },
      ...components.map((entry) => ({ ref: entry["bom-ref"] }))
    ]
  };
}

// src/build/artifacts/spdx.ts
var NOASSERTION = "NOASSERTION";
function moduleId(index, path) {
  return `SPDXRef-Module-${index}-${path.replace(/[^A-Za-z0-9.-]+/g, "-")}`;
}
function modulePackage(id, module, purpose, replaced) {
  const purl = purlOf(module);
  return {
    name: module.path,
    SPDXID: id,
    ...module.version && { versionInfo: module.version },
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    primaryPackagePurpose: purpose,
    externalRefs: [
      ...purl ? [{ referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: purl }] : [],
      // Go's own content hash of the module (golang.org/x/mod/sumdb/dirhash), as go.sum and the checksum database have it.
      ...module.sum ? [{ referenceCategory: "OTHER", referenceType: "go-module-h1", referenceLocator: module.sum }] : []
    ],
    ...replaced && { comment: `replaces ${[replaced.path, replaced.version].filter(Boolean).join(" ")}` }
  };
}
function spdxDocument(info2, subject) {
  const binaryId = "SPDXRef-Package-binary";
  const main = info2.main && { id: moduleId(0, info2.main.path), module: info2.main };
  const deps = info2.deps.map((module, index) => ({ id: moduleId(index + 1, effectiveModule(module).path), module }));
  const stdlibId = "SPDXRef-Module-stdlib";
  const packages = [
    {
      name: subject.fileName,
      SPDXID: binaryId,
      ...main && main.module.version !== "(devel)" && { versionInfo: main.module.version },
      packageFileName: subject.fileName,
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      checksums: [{ algorithm: "SHA256", checksumValue: subject.sha256 }],
      licenseConcluded: NOASSERTION,
      licenseDeclared: NOASSERTION,
      copyrightText: NOASSERTION,
      primaryPackagePurpose: "APPLICATION",
      sourceInfo: `built with ${info2.goVersion} from package ${info2.path}`,
      comment: `Go build settings:
${info2.settings.map((setting) => `${setting.key}=${setting.value}`).join("\n")}`
    },
    ...main ? [modulePackage(main.id, main.module, "SOURCE")] : [],
    {
      name: STDLIB,
      SPDXID: stdlibId,
      versionInfo: stdlibVersion(info2.goVersion),
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      licenseConcluded: NOASSERTION,
      licenseDeclared: NOASSERTION,
      copyrightText: NOASSERTION,
      primaryPackagePurpose: "LIBRARY",
      externalRefs: [
        {
          referenceCategory: "PACKAGE-MANAGER",
          referenceType: "purl",
          referenceLocator: purlOf({ path: STDLIB, version: stdlibVersion(info2.goVersion), sum: "" })
        }
      ]
    },
    ...deps.map(({ id, module }) => modulePackage(id, effectiveModule(module), "LIBRARY", module.replace && module))
  ];
  const contained = [...main ? [main.id] : [], stdlibId, ...deps.map((dep) => dep.id)];
  return {
    spdxVersion: "SPDX-2.3",
    dataLicense: "CC0-1.0",
    SPDXID: "SPDXRef-DOCUMENT",
    name: subject.fileName,
    // Unique per binary, and the same for the same binary: a rebuild gives the same document.
    documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(subject.fileName)}-${subject.sha256}`,
    creationInfo: { created: subject.created.toISOString().replace(/\.\d{3}Z$/, "Z"), creators: [`Tool: ${subject.tool}`] },
    packages,
    relationships: [
      { spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES", relatedSpdxElement: binaryId },
      ...contained.map((id) => ({ spdxElementId: binaryId, relationshipType: "CONTAINS", relatedSpdxElement: id }))
    ]
  };
}

// src/build/artifacts/sbom-files.ts
var DOCUMENT = {
  spdx: spdxDocument,
  cyclonedx: cyclonedxDocument
};
function writeSboms(formats, info2, subject, outputDir, fileName) {
  return Promise.all(
    formats.map(async (format) => {
      const text = `${JSON.stringify(DOCUMENT[format](info2, subject), null, 2)}
`;
      await writeFileNoFollow(join2(outputDir, fileName(format)), text);
      return { format, name: fileName(format), sha256: createHash3("sha256").update(text).digest("hex") };
    })
  );
}

// src/build/plan/go-arguments.ts
function sharedFlags(flags) {
  return [
    ...flags.trimpath ? ["-trimpath"] : [],
    ...flags.ldflags ? ["-ldflags", flags.ldflags] : [],
    ...flags.tags ? ["-tags", flags.tags] : []
  ];
}
function goBuildArgs(output, packages, flags) {
  return ["build", "-o", output, ...sharedFlags(flags), ...packages];
}
function goTestArgs(emulator, flags) {
  const exec = emulator === void 0 ? [] : ["-exec", /\s/.test(emulator) ? `'${emulator}'` : emulator];
  return ["test", ...exec, ...sharedFlags(flags), "./..."];
}

// src/build/plan/build-environment.ts
import { availableParallelism, totalmem } from "node:os";

// src/build/plan/gc-budget.ts
var MEMORY_SHARE = 0.5;
var MIN_BUDGET_BYTES = 512 * 1024 ** 2;
var FIRST_GO_WITH_MEMORY_LIMIT = "1.19";
function gcBudgetEnv(env, context) {
  if (env.GOGC !== void 0 || env.GOMEMLIMIT !== void 0) return {};
  const version2 = releaseVersion(context.goVersion);
  if (version2 && compareGoVersions(version2, FIRST_GO_WITH_MEMORY_LIMIT) < 0) return {};
  const processes = Math.max(1, context.parallel) * Math.max(1, context.cores);
  const perProcess = Math.floor(context.totalMemoryBytes * MEMORY_SHARE / processes / 1024 ** 2);
  if (perProcess * 1024 ** 2 < MIN_BUDGET_BYTES) return {};
  return { GOGC: "off", GOMEMLIMIT: `${perProcess}MiB` };
}

// src/build/plan/build-environment.ts
function buildEnv(target, cgo, gcBudget, compilerEnv = {}) {
  const env = { ...process.env, ...gcBudget };
  for (const name of [...VARIANT_VARIABLES, "GOOS", "GOARCH", "CGO_ENABLED"]) delete env[name];
  Object.assign(env, targetEnv(target), compilerEnv);
  if (cgo !== void 0) env.CGO_ENABLED = cgo;
  return env;
}
function machineGcBudget(goVersion, parallel) {
  const constrained = process.constrainedMemory?.() || Infinity;
  const env = gcBudgetEnv(process.env, {
    totalMemoryBytes: Math.min(totalmem(), constrained),
    goVersion,
    parallel,
    cores: availableParallelism()
  });
  const notes = env.GOMEMLIMIT ? [`Go processes build with GOGC=off and GOMEMLIMIT=${env.GOMEMLIMIT} (set GOGC or GOMEMLIMIT to choose otherwise)`] : [];
  return { env, notes };
}

// src/build/plan/naming.ts
function artifactStem(name, target) {
  return [name, target.goos, target.goarch, target.variant].filter(Boolean).join("-");
}
function executableSuffix(target) {
  return target.goos === "windows" ? ".exe" : "";
}
function binaryFileName(name, target) {
  return artifactStem(name, target) + executableSuffix(target);
}
function programFileName(name, target) {
  return name + executableSuffix(target);
}
function archiveFormatFor(choice, target) {
  if (choice === "none") return void 0;
  if (choice === "auto") return target.goos === "windows" ? "zip" : "tar.gz";
  return choice;
}
function archiveFileName(name, target, format) {
  return `${artifactStem(name, target)}.${format}`;
}
function sbomFileName(name, target, format) {
  return `${artifactStem(name, target)}.${format === "spdx" ? "spdx" : "cdx"}.json`;
}
function provenanceFileName(stem) {
  return `${stem}.intoto.json`;
}
function programNameFromImportPath(importPath) {
  const elements = importPath.split("/").filter(Boolean);
  const last = elements.at(-1) ?? "";
  if (/^v[0-9]+$/.test(last) && elements.length > 1) return elements.at(-2);
  return last;
}

// src/build/emulation/foreign-targets.ts
var QEMU_ARCH = new Map(
  Object.entries({
    amd64: "x86_64",
    "386": "i386",
    arm: "arm",
    arm64: "aarch64",
    ppc64: "ppc64",
    ppc64le: "ppc64le",
    s390x: "s390x",
    riscv64: "riscv64",
    mips: "mips",
    mipsle: "mipsel",
    mips64: "mips64",
    mips64le: "mips64el",
    loong64: "loongarch64"
  })
);
function isNative(target, hostOs, hostArch) {
  return target.goos === hostOs && target.goarch === hostArch;
}
function needsEmulation(target, hostOs, hostArch) {
  return target.goos === "linux" && hostOs === "linux" && !isNative(target, hostOs, hostArch);
}
function qemuProgramNames(goarch) {
  const arch = QEMU_ARCH.get(goarch);
  return arch ? [`qemu-${arch}-static`, `qemu-${arch}`] : [];
}
var DEBIAN_CROSS_LIBC = new Map(
  Object.entries({
    amd64: ["amd64", "x86_64-linux-gnu"],
    "386": ["i386", "i686-linux-gnu"],
    arm64: ["arm64", "aarch64-linux-gnu"],
    arm: ["armhf", "arm-linux-gnueabihf"],
    riscv64: ["riscv64", "riscv64-linux-gnu"],
    ppc64le: ["ppc64el", "powerpc64le-linux-gnu"],
    s390x: ["s390x", "s390x-linux-gnu"]
  })
);
function glibcSysroot(goarch) {
  const entry = DEBIAN_CROSS_LIBC.get(goarch);
  return entry && { aptPackage: `libc6-${entry[0]}-cross`, path: `/usr/${entry[1]}` };
}

// src/build/emulation/qemu.ts
import { existsSync } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/process/apt.ts
async function canUseApt() {
  if (!await which("apt-get", false)) return void 0;
  if (process.getuid?.() === 0) return [];
  if (await which("sudo", false) && (await runQuiet("sudo", ["-n", "true"])).code === 0) return ["sudo", "-n"];
  return void 0;
}
async function aptInstall(packages, log) {
  const aptPrefix = await canUseApt();
  if (!aptPrefix) return false;
  const [sudo, ...sudoArgs] = aptPrefix;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args) => sudo ? runQuiet(sudo, [...sudoArgs, "apt-get", ...args], { env }) : runQuiet("apt-get", args, { env });
  log(`installing ${packages.join(" ")} with apt-get`);
  let install = await apt(["install", "-y", "--no-install-recommends", ...packages]);
  if (install.code !== 0) {
    await apt(["update"]);
    install = await apt(["install", "-y", "--no-install-recommends", ...packages]);
  }
  if (install.code !== 0) log(`apt-get install ${packages.join(" ")} failed: ${install.stderr.trim()}`);
  return install.code === 0;
}

// src/build/emulation/qemu.ts
var SMOKE_TIMEOUT_MS = 2 * 6e4;
var TEST_TIMEOUT_MS = 15 * 6e4;
async function binfmtRegistered(qemuName) {
  const arch = qemuName.replace(/^qemu-/, "").replace(/-static$/, "");
  try {
    return (await readFile2(`/proc/sys/fs/binfmt_misc/qemu-${arch}`, "utf8")).startsWith("enabled");
  } catch {
    return false;
  }
}
async function findEmulator(goarch) {
  const names = qemuProgramNames(goarch);
  for (const name of names) {
    const path = await which(name, false);
    if (path) return { kind: "program", path };
  }
  if (names[0] && await binfmtRegistered(names[0])) return { kind: "binfmt" };
  return void 0;
}
async function provisionQemu(log) {
  if (await aptInstall(["qemu-user-static"], log)) return "installed qemu-user-static with apt-get";
  const { Docker } = await import("./docker-M2XD6BNX.js");
  if (await Docker.isDaemonRunning()) {
    log("registering QEMU through binfmt_misc with docker (tonistiigi/binfmt)");
    const result = await runQuiet("docker", ["run", "--privileged", "--rm", "tonistiigi/binfmt", "--install", "all"]);
    if (result.code === 0) return "registered QEMU with tonistiigi/binfmt";
    log(`tonistiigi/binfmt failed: ${result.stderr.trim()}`);
  }
  return void 0;
}
async function provisionGlibcSysroot(goarch, log) {
  const sysroot = glibcSysroot(goarch);
  if (!sysroot) return void 0;
  const loaderPresent = () => existsSync(join3(sysroot.path, "lib"));
  if (loaderPresent()) return sysroot.path;
  await aptInstall([sysroot.aptPackage], log);
  return loaderPresent() ? sysroot.path : void 0;
}
function commandFor(emulator, binary, args, sysroot) {
  if (emulator.kind === "binfmt") return [binary, args];
  return [emulator.path, [...sysroot ? ["-L", sysroot] : [], binary, ...args]];
}
function tail(text, lines = 5) {
  return text.trim().split("\n").slice(-lines).join(" / ");
}
async function smokeRun(emulator, binary, args, sysroot) {
  const [command, commandArgs] = commandFor(emulator, binary, args, sysroot);
  const env = sysroot ? { ...process.env, QEMU_LD_PREFIX: sysroot } : process.env;
  const result = await runQuiet(command, commandArgs, { timeoutMs: SMOKE_TIMEOUT_MS, env });
  if (result.timedOut) return { status: "failed", detail: `smoke run timed out after ${SMOKE_TIMEOUT_MS / 1e3} s`, stdout: result.stdout };
  if (result.code !== 0) {
    return { status: "failed", detail: `smoke run exited ${result.code}: ${tail(result.stderr || result.stdout)}`, stdout: result.stdout };
  }
  return { status: "passed", detail: `smoke: ${result.stdout.trim().split("\n")[0] ?? ""}`, stdout: result.stdout };
}
async function emulatedTest(emulator, args, options) {
  const result = await runGo(verifiedGoRoot(), args, { mode: "build", ...options, timeoutMs: TEST_TIMEOUT_MS });
  if (result.code === "killed") return { status: "failed", detail: `go test timed out after ${TEST_TIMEOUT_MS / 6e4} min` };
  if (result.code !== 0) return { status: "failed", detail: `go test failed: ${tail(result.stdout + result.stderr, 8)}` };
  const passed = result.stdout.split("\n").filter((line) => line.startsWith("ok")).length;
  return { status: "passed", detail: `go test: ${passed} package(s) ok${emulator.kind === "binfmt" ? " (binfmt)" : ""}` };
}

// src/build/emulation/prove.ts
function glibcSysroots(log) {
  const sysroots = /* @__PURE__ */ new Map();
  return (goarch) => {
    if (!sysroots.has(goarch)) sysroots.set(goarch, provisionGlibcSysroot(goarch, log));
    return sysroots.get(goarch);
  };
}
async function proveTarget(context, request) {
  const { target, binary, facts, env } = request;
  const { host } = context;
  if (context.qemu === "off") return { status: "not run", detail: "" };
  if (isNative(target, host.goos, host.goarch)) return { status: "native", detail: "" };
  if (!needsEmulation(target, host.goos, host.goarch)) return { status: "not run", detail: `not Linux` };
  const emulator = context.emulators.get(target.goarch);
  if (!emulator) return { status: "skipped", detail: "no qemu-user" };
  const needsSysroot = facts.linkage === "dynamic" && facts.libc === "glibc";
  const sysroot = needsSysroot ? await context.sysroot(target.goarch) : void 0;
  if (needsSysroot && !sysroot)
    return { status: "skipped", detail: `dynamic glibc binary and no glibc sysroot for ${target.goarch} (apt-get cannot install it here)` };
  const runSmoke = context.qemu === "smoke" || context.smokeArgs.length > 0;
  const smoke = runSmoke ? await smokeRun(emulator, binary, context.smokeArgs, sysroot) : void 0;
  if (context.qemu === "smoke" || smoke?.status === "failed") return smoke;
  const test = await emulatedTest(emulator, goTestArgs(emulator.kind === "program" ? emulator.path : void 0, request.flags), {
    cwd: context.workingDirectory,
    env: sysroot ? { ...env, QEMU_LD_PREFIX: sysroot } : env
  });
  return smoke && test.status === "passed" ? { status: "passed", detail: `${smoke.detail}; ${test.detail}` } : test;
}

// src/build/build-target.ts
var BUILD_TIMEOUT_MS = 60 * 6e4;
async function buildTarget(context, target, cgo, compiler) {
  const { name, outputDir, flags, reporter } = context;
  const id = targetId(target);
  const binaryName = binaryFileName(name, target);
  const binary = join4(outputDir, binaryName);
  const env = buildEnv(target, cgo, context.gcBudget, compiler?.env.env);
  const targetFlags = compiler ? { ...flags, ldflags: zigLdflags(compiler.compiler, flags.ldflags) } : flags;
  const started = performance.now();
  const goRoot = verifiedGoRoot();
  const partial = partialBeside(binary);
  const build = await runGo(goRoot, goBuildArgs(partial, context.packages, targetFlags), {
    mode: "build",
    cwd: context.workingDirectory,
    env,
    timeoutMs: BUILD_TIMEOUT_MS
  });
  const millis = performance.now() - started;
  if (build.code !== 0) {
    await rm2(partial, { force: true });
    return { built: void 0, checksums: [], failure: `${id}: go build failed: ${(build.stderr || build.stdout).trim()}` };
  }
  await renameIntoPlace(partial, binary);
  reporter.info(`built ${id} -> ${displayPath(binary)} in ${(millis / 1e3).toFixed(1)} s`);
  const format = archiveFormatFor(context.archive, target);
  const archiveName = format && archiveFileName(name, target, format);
  const { release } = context;
  const entries = [
    { name: programFileName(name, target), path: binary, executable: true },
    ...release.extraFiles.map((file) => ({ ...file, executable: false }))
  ];
  const archiving = async () => {
    if (!format || !archiveName) return void 0;
    const time = release.archiveTime ?? (await stat(binary)).mtime;
    await writeArchive(format, entries, time, join4(outputDir, archiveName));
    return sha256File(join4(outputDir, archiveName));
  };
  const [sha256, size, archiveSha, buildInfoText, bytes] = await Promise.all([
    sha256File(binary),
    stat(binary).then((info2) => info2.size),
    archiving(),
    runGoChecked(goRoot, ["version", "-m", binary], { mode: "inspect", env: process.env }),
    readFile3(binary)
  ]);
  const buildInfo = parseBuildInfo(buildInfoText);
  const facts = binaryFacts(bytes, cgoFromBuildInfo(buildInfo));
  const sboms = await writeSboms(
    release.sbom,
    buildInfo,
    { fileName: binaryName, sha256, created: release.created, tool: release.tool },
    outputDir,
    (format2) => sbomFileName(name, target, format2)
  );
  const sbomPath = (format2) => {
    const written = sboms.find((sbom) => sbom.format === format2);
    return written && displayPath(join4(outputDir, written.name));
  };
  const checksums = [
    { name: binaryName, sha256 },
    ...archiveName && archiveSha ? [{ name: archiveName, sha256: archiveSha }] : [],
    ...sboms.map((sbom) => ({ name: sbom.name, sha256: sbom.sha256 }))
  ];
  const testEnv = buildEnv(target, cgo, {}, compiler?.env.env);
  const qemu = await proveTarget(context.proof, { target, binary, facts, env: testEnv, flags: targetFlags });
  if (qemu.status === "passed") reporter.info(`${id} under QEMU: ${qemu.detail}`);
  const cc = compiler?.env.label ?? "";
  const built = {
    target,
    path: displayPath(binary),
    archive: archiveName && displayPath(join4(outputDir, archiveName)),
    sbom: sbomPath("spdx"),
    cyclonedx: sbomPath("cyclonedx"),
    sha256,
    size,
    millis,
    qemu,
    facts,
    cc
  };
  return { built, checksums, failure: qemu.status === "failed" ? `${id}: ${qemu.detail}` : void 0 };
}

// src/build/artifacts/extra-files.ts
import { readdir, realpath, stat as stat2 } from "node:fs/promises";
import { basename, dirname, join as join5, resolve } from "node:path";
var INPUT = "archive-files";
function globRegExp(pattern) {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
  return new RegExp(`^${body}$`);
}
async function isRegularFile(path) {
  try {
    return (await stat2(path)).isFile();
  } catch {
    return false;
  }
}
async function checkedInside(path, roots) {
  const real = await realpath(path);
  const realRoots = await Promise.all(roots.map((root) => realpath(root).catch(() => root)));
  if (!realRoots.some((root) => isInside(real, root))) {
    throw new Error(
      `input ${INPUT}: ${path} leads to ${real}, outside the working directory; copy the file into the checkout or drop it from ${INPUT}`
    );
  }
}
async function extraFiles(patterns, workingDirectory, workspace) {
  const roots = [workingDirectory, ...workspace ? [workspace] : []];
  const found = /* @__PURE__ */ new Map();
  for (const pattern of patterns) {
    const full = resolve(workingDirectory, pattern);
    const folder = dirname(full);
    const last = basename(full);
    let paths;
    if (/[*?]/.test(last)) {
      const match = globRegExp(last);
      const names = await readdir(folder).catch(() => []);
      paths = names.filter((name) => match.test(name)).map((name) => join5(folder, name));
      paths = (await Promise.all(paths.map(async (path) => await isRegularFile(path) ? path : void 0))).filter(
        (path) => path !== void 0
      );
    } else {
      if (!await isRegularFile(full)) throw new Error(`input ${INPUT}: no file ${full}; add it or drop "${pattern}" from ${INPUT}`);
      paths = [full];
    }
    for (const path of paths) {
      await checkedInside(path, roots);
      const name = basename(path);
      const earlier = found.get(name);
      if (earlier && earlier !== path)
        throw new Error(`input ${INPUT}: ${earlier} and ${path} would both be ${name} in the archives; name only one`);
      found.set(name, path);
    }
  }
  return [...found].map(([name, path]) => ({ name, path })).sort((a, b) => compareStrings(a.name, b.name));
}

// src/build/artifacts/source-date.ts
var NO_SOURCE_DATE = new Date(Date.UTC(1980, 0, 1));
function parseSourceDateEpoch(value) {
  if (!/^[0-9]{1,12}$/.test(value.trim())) {
    throw new Error(
      `SOURCE_DATE_EPOCH: "${value}" is not a number of seconds since 1970-01-01 UTC; set it to one (e.g. $(git log -1 --format=%ct)) or unset it`
    );
  }
  return new Date(Number(value.trim()) * 1e3);
}
async function headCommit(workingDirectory) {
  try {
    const log = await runQuiet("git", ["log", "-1", "--format=%H %ct"], { cwd: workingDirectory, timeoutMs: 3e4 });
    const match = /^([0-9a-f]{40,64}) ([0-9]+)$/.exec(log.stdout.trim());
    return log.code === 0 && match ? { sha: match[1], date: new Date(Number(match[2]) * 1e3) } : void 0;
  } catch {
    return void 0;
  }
}
async function sourceDate(workingDirectory, env) {
  const head = await headCommit(workingDirectory);
  const commit = head?.sha;
  if (env.SOURCE_DATE_EPOCH) return { date: parseSourceDateEpoch(env.SOURCE_DATE_EPOCH), origin: "SOURCE_DATE_EPOCH", commit };
  return head ? { date: head.date, origin: "commit", commit } : { date: NO_SOURCE_DATE, origin: "none", commit };
}

// src/build/artifacts/provenance-file.ts
import { relative as relative3 } from "node:path";

// src/build/artifacts/provenance-facts.ts
import { relative as relative2, resolve as resolve2, sep } from "node:path";
async function goReceipt(goRoot) {
  let root;
  try {
    root = toolCacheRoot();
  } catch {
    return void 0;
  }
  const parts = relative2(root, resolve2(goRoot)).split(sep);
  if (parts.length !== 3 || parts[0] !== "go" || parts.some((part) => part === ".." || part === "")) return void 0;
  const receipt = await readToolReceipt({ tool: "go", versionFolder: parts[1], arch: parts[2] });
  return receipt && Array.isArray(receipt.anchors) ? receipt : void 0;
}
async function goDependency(goRoot, goVersion) {
  const receipt = await goReceipt(goRoot);
  if (!receipt) return { name: "go", annotations: { version: goVersion, verified: false } };
  return {
    name: "go",
    ...receipt.url && { uri: receipt.url },
    ...receipt.sha256 && { digest: { sha256: receipt.sha256 } },
    annotations: {
      version: goVersion,
      verified: receipt.anchors.length > 0,
      trustAnchors: receipt.anchors,
      source: receipt.source,
      ...receipt.h1 && { h1: receipt.h1 },
      ...receipt.preinstalled && { preinstalled: true }
    }
  };
}
function sourceDependency(commit, env) {
  if (!commit) return void 0;
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const uri = env.GITHUB_REPOSITORY ? `git+${server}/${env.GITHUB_REPOSITORY}${env.GITHUB_REF ? `@${env.GITHUB_REF}` : ""}` : void 0;
  return { ...uri ? { uri } : { name: "source" }, digest: { gitCommit: commit } };
}
function zigDependency(zig) {
  if (!zig) return void 0;
  return {
    name: "zig",
    annotations: { version: zig.version, origin: zig.origin, verified: zig.anchors.length > 0, trustAnchors: zig.anchors }
  };
}
function workflowParameters(env) {
  if (!env.GITHUB_REPOSITORY) return void 0;
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? "";
  const path = workflowRef.startsWith(`${env.GITHUB_REPOSITORY}/`) ? workflowRef.slice(env.GITHUB_REPOSITORY.length + 1).split("@")[0] : "";
  return { repository: env.GITHUB_REPOSITORY, ref: env.GITHUB_REF ?? "", ...path && { path } };
}
function invocationId(env) {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return void 0;
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT || "1"}`;
}

// src/build/artifacts/provenance.ts
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var BUILD_TYPE = "urn:setup-go-golden:buildtype:cross-build:v1";
var TOOL_NAME = "setup-go-golden";
function builderOf(action, packageVersion) {
  const version2 = { [TOOL_NAME]: packageVersion, ...action.ref && { ref: action.ref } };
  const id = action.repository ? `https://github.com/${action.repository}@${action.ref || `v${packageVersion}`}` : `pkg:generic/${TOOL_NAME}@${packageVersion}`;
  return { id, version: version2 };
}
var timestamp = (date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");
function provenanceStatement(facts) {
  return {
    _type: STATEMENT_TYPE,
    subject: [...facts.subjects].sort((a, b) => compareStrings(a.name, b.name)).map((subject) => ({ name: subject.name, digest: { sha256: subject.sha256 } })),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: facts.externalParameters,
        internalParameters: facts.internalParameters,
        resolvedDependencies: facts.resolvedDependencies
      },
      runDetails: {
        builder: facts.builder,
        metadata: {
          ...facts.invocationId && { invocationId: facts.invocationId },
          startedOn: timestamp(facts.startedOn),
          finishedOn: timestamp(facts.finishedOn)
        }
      }
    }
  };
}

// src/build/artifacts/provenance-file.ts
async function writeProvenance(path, run) {
  const { options, plan, sourceDate: sourceDate2 } = run;
  const env = process.env;
  const workflow = workflowParameters(env);
  const dependencies = [
    sourceDependency(sourceDate2.commit, env),
    await goDependency(verifiedGoRoot(), plan.host.version),
    zigDependency(run.zig)
  ].filter((dependency) => dependency !== void 0);
  const statement = provenanceStatement({
    subjects: run.subjects,
    builder: builderOf({ repository: env.GITHUB_ACTION_REPOSITORY, ref: env.GITHUB_ACTION_REF }, run.packageVersion),
    externalParameters: {
      targets: run.built.map((item) => targetId(item.target)),
      packages: options.packages,
      workingDirectory: relative3(options.workspace || process.cwd(), plan.workingDirectory) || ".",
      trimpath: options.trimpath,
      ldflags: options.ldflags,
      tags: options.tags,
      cgo: options.cgo,
      archive: options.archive,
      archiveFiles: options.archiveFiles,
      reproducible: options.reproducible,
      ...options.shards > 1 && { shard: options.shard, shards: options.shards },
      ...workflow && { workflow }
    },
    internalParameters: {
      go: plan.host.version,
      host: `${plan.host.goos}/${plan.host.goarch}`,
      cgoEnabled: Object.fromEntries(run.built.map((item) => [targetId(item.target), item.facts.cgo ?? null])),
      sourceDate: sourceDate2.date.toISOString(),
      sourceDateFrom: sourceDate2.origin,
      ...env.GOFLAGS && { GOFLAGS: env.GOFLAGS }
    },
    resolvedDependencies: dependencies,
    invocationId: invocationId(env),
    startedOn: run.startedOn,
    finishedOn: /* @__PURE__ */ new Date()
  });
  await writeFileNoFollow(path, `${JSON.stringify(statement, null, 2)}
`);
  return displayPath(path);
}

// src/build/artifacts/release-notes.ts
function dateOrigin(date) {
  const time = date.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  if (date.origin === "SOURCE_DATE_EPOCH") return `${time} from SOURCE_DATE_EPOCH`;
  if (date.origin === "commit") return `${time}, the time of commit ${date.commit?.slice(0, 12)}`;
  return `${time} (not a git checkout: set SOURCE_DATE_EPOCH for a time of your own)`;
}
function releaseNotes(facts) {
  const { options, built } = facts;
  const lines = [];
  const archives = built.filter((item) => item.archive).length;
  if (archives > 0) {
    const extras = facts.extras.length > 0 ? `; with ${facts.extras.map((file) => file.name).join(", ")}` : "";
    lines.push(
      options.reproducible ? `Archives: reproducible (entries sorted, modes 0755/0644, no owner, all timed ${dateOrigin(facts.date)})${extras}` : `Archives: timed when built, not reproducible (reproducible: false)${extras}`
    );
    if (options.reproducible && !options.trimpath)
      lines.push("Binaries hold the build paths of this machine (trimpath: false): another checkout folder gives other bytes");
  }
  const kinds = [
    { count: built.filter((item) => item.sbom).length, what: "SPDX 2.3", suffix: ".spdx.json" },
    { count: built.filter((item) => item.cyclonedx).length, what: "CycloneDX 1.6", suffix: ".cdx.json" }
  ].filter((kind) => kind.count > 0);
  if (kinds.length > 0) {
    const documents = kinds.map((kind) => `${kind.count} ${kind.what} document(s) (${kind.suffix})`).join(" and ");
    lines.push(`SBOM: ${documents}, one beside each binary, from its build info (go version -m)`);
  }
  if (facts.provenanceFile) {
    lines.push(
      `Provenance: ${facts.provenanceFile} (in-toto Statement v1, SLSA Provenance v1, unsigned: sign it in the workflow, see the README)`
    );
  } else if (facts.failed && (options.provenance === "on" || options.provenance === "auto" && options.archive !== "none")) {
    lines.push("Provenance: none, as a target failed");
  }
  return lines;
}

// src/build/cgo/zig-wrappers.ts
import { mkdir } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join6 } from "node:path";
function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
function wrapperScript(zig, mode, triple) {
  return [
    "#!/bin/sh",
    `# ${mode} for ${triple}: zig ${zig.version}, written by setup-go-golden`,
    `exec ${shellQuote(zig.path)} ${mode} -target ${triple} "$@"`,
    ""
  ].join("\n");
}
function wrapperRoot(env) {
  return join6(env.XDG_CACHE_HOME || join6(homedir(), ".cache"), "setup-go-golden", "zig-cc");
}
var CompilerSetup = class {
  constructor(zigRequest, env = process.env) {
    this.zigRequest = zigRequest;
    this.env = env;
  }
  zigRequest;
  env;
  zig;
  wrappers = /* @__PURE__ */ new Map();
  /** The zig in use, once a target has asked for it. */
  async zigInUse() {
    return this.zig;
  }
  provideZig() {
    this.zig ??= import("./provision-DAGDF5EP.js").then(({ provideZig }) => provideZig(this.zigRequest));
    return this.zig;
  }
  /** Environment for `go build` with `compiler` (empty for Go's default). */
  async envFor(compiler) {
    if (compiler.kind === "go-default") return { env: {}, label: "go env CC" };
    if (compiler.kind === "command") return { env: { CC: compiler.command }, label: `${compiler.command} (${compiler.source})` };
    let wrapper = this.wrappers.get(compiler.triple);
    if (!wrapper) {
      wrapper = this.writeWrappers(compiler.triple);
      this.wrappers.set(compiler.triple, wrapper);
    }
    return wrapper;
  }
  async writeWrappers(triple) {
    const zig = await this.provideZig();
    const dir = join6(wrapperRoot(this.env), zig.version, triple);
    await mkdir(dir, { recursive: true });
    const cc = join6(dir, "cc");
    const cxx = join6(dir, "c++");
    await Promise.all([
      writeFileNoFollow(cc, wrapperScript(zig, "cc", triple), 493),
      writeFileNoFollow(cxx, wrapperScript(zig, "c++", triple), 493)
    ]);
    return { env: { CC: cc, CXX: cxx }, label: `zig ${zig.version} cc -target ${triple}` };
  }
};

// src/build/cgo/compilers.ts
async function prepareCompilers(cgo, host, options, reporter) {
  const chosen = [...cgo].filter(([, value]) => value === "1").map(
    ([target]) => [
      target,
      chooseCCompiler(target, isNative(target, host.goos, host.goarch), { cc: options.cc, libc: options.libc, env: process.env })
    ]
  );
  const setup = new CompilerSetup({
    version: options.zigVersion,
    downloadBaseUrl: options.zigDownloadBaseUrl,
    signingKey: options.zigSigningKey,
    log: reporter.info
  });
  const compilers = /* @__PURE__ */ new Map();
  try {
    for (const [target, compiler] of chosen) compilers.set(target, { compiler, env: await setup.envFor(compiler) });
  } catch (error2) {
    const zigTargets = chosen.filter(([, compiler]) => compiler.kind === "zig").map(([target]) => targetId(target));
    throw new Error(
      `cgo: 1 for ${zigTargets.join(", ")} needs a C cross compiler, and zig could not be provided: ${error2.message}. Put zig on PATH, set zig-version (and zig-download-base-url for a mirror), or name a compiler per target with input cc (linux/arm64=<command>) or CC_FOR_<goos>_<goarch>`
    );
  }
  const zig = await setup.zigInUse();
  if (!zig) return { compilers, notes: [] };
  const how = zig.origin === "path" ? "from PATH, not verified by this action" : `${zig.origin === "downloaded" ? "downloaded" : "tool cache"}, verified: ${zig.anchors.join(", ")}`;
  return { compilers, notes: [`C cross compiler: zig ${zig.version} (${how}) at ${zig.path}`], zig };
}

// src/build/emulation/emulators.ts
async function prepareEmulators(targets, host, reporter) {
  const arches = [...new Set(targets.filter((t) => needsEmulation(t, host.goos, host.goarch)).map((t) => t.goarch))];
  const emulators = /* @__PURE__ */ new Map();
  const notes = [];
  const lookAll = async () => {
    for (const arch of arches) {
      const emulator = emulators.get(arch) ?? await findEmulator(arch);
      if (emulator) emulators.set(arch, emulator);
    }
  };
  await lookAll();
  if (emulators.size < arches.length) {
    const provisioned = await provisionQemu(reporter.info);
    if (provisioned) notes.push(`QEMU: ${provisioned}`);
    await lookAll();
  }
  const missing = arches.filter((arch) => !emulators.has(arch));
  if (missing.length > 0) {
    const message = `QEMU: no qemu-user for ${missing.join(", ")} and no way to install it (needs root or passwordless sudo with apt-get, or a Docker engine); those binaries were not run`;
    reporter.warning(message);
    notes.push(message);
  }
  return { emulators, notes };
}

// src/build/image/step.ts
import { join as join7, resolve as resolve3 } from "node:path";
function planImage(options, selected, name, outputDir) {
  if (!options.image) return void 0;
  return imageBinaries(
    selected.map((target) => ({ target, source: join7(outputDir, binaryFileName(name, target)), program: programFileName(name, target) })),
    options.platforms
  );
}
async function buildImageStep(options, binaries, paths, dist) {
  const { buildImage } = await import("./buildx-KZEYBJ7T.js");
  let failure;
  const image = await buildImage({
    image: options.image,
    binaries,
    dockerfile: options.dockerfile && resolve3(paths.workingDirectory, options.dockerfile),
    contextDir: join7(paths.outputDir, "image-context"),
    push: options.push,
    ociTarball: options.imageOutput && resolve3(paths.workingDirectory, options.imageOutput),
    builder: options.builder,
    attestations: options.attestations,
    knownOs: [...new Set(dist.map((entry) => entry.GOOS))]
  }).catch((error2) => {
    failure = error2.message;
    return void 0;
  });
  const note = image ? imageNote(options.image, image, options.push, options.imageOutput) : `Image ${options.image}: failed, nothing reported as built or pushed`;
  return { image, failure, note };
}

// src/build/cgo/nocgo-notices.ts
var UNIX_WITH_LIBC_RESOLVER = /* @__PURE__ */ new Set(["linux", "freebsd", "netbsd", "openbsd", "dragonfly", "solaris", "illumos", "aix", "android"]);
var UNIX = /* @__PURE__ */ new Set([...UNIX_WITH_LIBC_RESOLVER, "darwin", "ios"]);
var PLUGIN_SYSTEMS = /* @__PURE__ */ new Set(["linux", "freebsd", "darwin"]);
var TRAPS = [
  {
    pkg: "net",
    // On macOS and iOS Go calls the system resolver without cgo; on Windows it never used cgo.
    applies: (goos) => UNIX_WITH_LIBC_RESOLVER.has(goos),
    change: "net resolves names with Go's own resolver (reads /etc/resolv.conf, /etc/hosts and /etc/nsswitch.conf itself): NSS modules (LDAP, mDNS .local names, systemd-resolved through nss-resolve, sssd) are never asked"
  },
  {
    pkg: "os/user",
    applies: (goos) => UNIX.has(goos),
    change: "os/user reads only /etc/passwd and /etc/group: users and groups from LDAP, NIS, sssd or systemd-homed (through NSS) are not found"
  },
  {
    pkg: "plugin",
    applies: (goos) => PLUGIN_SYSTEMS.has(goos),
    change: "plugin.Open always fails: plugins need cgo"
  }
];
function noCgoNotices(goos, linkedPackages) {
  return TRAPS.filter((trap) => linkedPackages.has(trap.pkg) && trap.applies(goos)).map((trap) => trap.change);
}

// src/build/cgo/nocgo-check.ts
var LIST_TIMEOUT_MS = 10 * 6e4;
async function noCgoTraps(targets, workingDirectory, packages) {
  const byGoos = /* @__PURE__ */ new Map();
  for (const target of targets) byGoos.set(target.goos, [...byGoos.get(target.goos) ?? [], target]);
  const notices = [];
  for (const [goos, group2] of byGoos) {
    const env = buildEnv(group2[0], "0", {});
    const listing = await runGo(verifiedGoRoot(), ["list", "-deps", "-f", "{{if .Standard}}{{.ImportPath}}{{end}}", ...packages], {
      mode: "build",
      cwd: workingDirectory,
      env,
      timeoutMs: LIST_TIMEOUT_MS
    });
    if (listing.code !== 0) continue;
    const linked = new Set(listing.stdout.split("\n").filter(Boolean));
    for (const change of noCgoNotices(goos, linked)) {
      notices.push(`CGO_ENABLED=0 (${group2.map(targetId).join(", ")}): ${change}. Build with cgo: 1 if that matters.`);
    }
  }
  return notices;
}
function noCgoNoticesFor(targets, workingDirectory, packages) {
  return targets.length > 0 ? noCgoTraps(targets, workingDirectory, packages).catch(() => []) : Promise.resolve([]);
}

// src/build/plan/plan.ts
import { resolve as resolve4 } from "node:path";

// src/build/plan/shards.ts
function shardTargets(targets, { shard, shards }) {
  if (!Number.isInteger(shards) || shards < 1) throw new Error(`shards must be a whole number >= 1, got ${shards}`);
  if (!Number.isInteger(shard) || shard < 1 || shard > shards) {
    throw new Error(`shard must be a whole number from 1 to ${shards}, got ${shard}`);
  }
  const base = Math.floor(targets.length / shards);
  const larger = targets.length % shards;
  const start = (shard - 1) * base + Math.min(shard - 1, larger);
  const size = base + (shard <= larger ? 1 : 0);
  return targets.slice(start, start + size);
}
function shardMatrix(targets, shards) {
  const include = [];
  for (let shard = 1; shard <= shards; shard++) {
    const slice = shardTargets(targets, { shard, shards });
    if (slice.length > 0) include.push({ shard, shards, targets: slice.map(targetId).join(",") });
  }
  return { include };
}

// src/build/plan/host-go.ts
function askGo(args, cwd) {
  return runGoChecked(verifiedGoRoot(), args, { mode: "inspect", env: process.env, cwd });
}
async function goHost() {
  const env = JSON.parse(await askGo(["env", "-json", "GOHOSTOS", "GOHOSTARCH", "GOVERSION"]));
  return { goos: env.GOHOSTOS, goarch: env.GOHOSTARCH, version: env.GOVERSION };
}
async function distList() {
  return JSON.parse(await askGo(["tool", "dist", "list", "-json"]));
}
async function mainPackagePath(workingDirectory, packages) {
  const listing = await askGo(["list", "-f", "{{.Name}} {{.ImportPath}}", ...packages], workingDirectory);
  const mains = listing.split("\n").filter(Boolean).map((line) => line.split(" ")).filter(([name]) => name === "main").map(([, importPath]) => importPath);
  if (mains.length !== 1) {
    throw new Error(
      `input packages: "${packages.join(" ")}" must name exactly one main package, found ${mains.length}` + (mains.length ? ` (${mains.join(", ")})` : "")
    );
  }
  return mains[0];
}
async function defaultProgramName(workingDirectory, packages) {
  return programNameFromImportPath(await mainPackagePath(workingDirectory, packages));
}

// src/build/plan/plan.ts
async function planBuild(options) {
  const workingDirectory = resolve4(options.workingDirectory);
  const [host, dist, name] = await Promise.all([
    goHost(),
    distList(),
    options.name ? Promise.resolve(options.name) : defaultProgramName(workingDirectory, options.packages)
  ]);
  const targets = resolveTargets(options.targets, dist);
  const matrix = shardMatrix(targets, options.shards);
  const planOnly = options.shards > 1 && options.shard === void 0;
  const selected = planOnly ? void 0 : options.shard === void 0 ? targets : shardTargets(targets, { shard: options.shard, shards: options.shards });
  return { workingDirectory, outputDir: resolve4(workingDirectory, options.outputDir), host, dist, name, targets, matrix, selected };
}
function shardPlanNote(plan) {
  return `Planned ${plan.matrix.include.length} shard(s) of ${plan.targets.length} targets; set shard to build one.`;
}

// src/build/engine.ts
function releasePlan(options, name) {
  const archives = options.archive !== "none";
  const shard = options.shards > 1 && options.shard !== void 0 ? `-shard-${options.shard}` : "";
  return {
    sbom: options.sbom === "auto" ? archives ? ["spdx"] : [] : options.sbom === "off" ? [] : options.sbom,
    provenance: options.provenance === "on" || options.provenance === "auto" && archives,
    provenanceName: provenanceFileName(name + shard)
  };
}
async function archiveExtras(options, workingDirectory, name, selected) {
  if (options.archive === "none") return [];
  const extras = await extraFiles(options.archiveFiles, workingDirectory, options.workspace);
  const programs = new Set(selected.map((target) => programFileName(name, target)));
  const clash = extras.find((file) => programs.has(file.name));
  if (clash)
    throw new Error(
      `input archive-files: ${clash.path} has the program's own name in the archives; drop it from archive-files or set name`
    );
  return extras;
}
async function prepareOutputFolder(options, plan, selected, release) {
  const { outputDir } = plan;
  let root = [options.workspace, plan.workingDirectory].find((folder) => folder && isInside(outputDir, folder));
  if (root === void 0) {
    root = dirname2(outputDir);
    await mkdir2(root, { recursive: true });
  }
  await linkFreeFolder("output-dir", root, outputDir);
  const written = selected.flatMap((target) => {
    const format = archiveFormatFor(options.archive, target);
    return [
      binaryFileName(plan.name, target),
      ...format ? [archiveFileName(plan.name, target, format)] : [],
      ...release.sbom.map((format2) => sbomFileName(plan.name, target, format2))
    ];
  });
  await refuseNonFiles("output-dir", outputDir, [...written, options.checksums, ...release.provenance ? [release.provenanceName] : []]);
}
async function crossBuild(options, reporter) {
  const startedOn = /* @__PURE__ */ new Date();
  const plan = await planBuild(options);
  const { selected, host, workingDirectory, outputDir, matrix } = plan;
  if (!selected) return { built: [], checksumsFile: void 0, matrix, notes: [shardPlanNote(plan)], image: void 0, failures: [] };
  const cgo = cgoSettings(options, plan, selected);
  const imageBinaries2 = planImage(options, selected, plan.name, outputDir);
  const release = releasePlan(options, plan.name);
  await prepareOutputFolder(options, plan, selected, release);
  const [date, extras] = await Promise.all([
    sourceDate(workingDirectory, process.env),
    archiveExtras(options, workingDirectory, plan.name, selected)
  ]);
  const [compilers, emulators] = await Promise.all([
    prepareCompilers(cgo, host, options, reporter),
    options.qemu === "off" ? { emulators: /* @__PURE__ */ new Map(), notes: [] } : prepareEmulators(selected, host, reporter)
  ]);
  const traps = noCgoNoticesFor(
    selected.filter((target) => cgo.get(target) === "0"),
    workingDirectory,
    options.packages
  );
  const gcBudget = machineGcBudget(host.version, options.parallel);
  const context = {
    name: plan.name,
    outputDir,
    workingDirectory,
    packages: options.packages,
    flags: { trimpath: options.trimpath, ldflags: options.ldflags, tags: options.tags },
    archive: options.archive,
    release: {
      archiveTime: options.reproducible ? date.date : void 0,
      extraFiles: extras,
      sbom: release.sbom,
      created: date.date,
      tool: `setup-go-golden-${version}`
    },
    gcBudget: gcBudget.env,
    proof: {
      qemu: options.qemu,
      smokeArgs: options.smokeArgs,
      host,
      emulators: emulators.emulators,
      workingDirectory,
      sysroot: glibcSysroots(reporter.info)
    },
    reporter
  };
  const outcomes = await mapLimit(
    selected,
    options.parallel,
    (target) => buildTarget(context, target, cgo.get(target), compilers.compilers.get(target))
  );
  const notices = await traps;
  for (const notice2 of notices) (reporter.notice ?? reporter.info)(notice2);
  const checksummed = outcomes.flatMap((outcome) => outcome.checksums);
  const checksumsFile = await writeChecksumsFile(outputDir, options.checksums, checksummed);
  const failures = outcomes.flatMap((outcome) => outcome.failure ? [outcome.failure] : []);
  const built = outcomes.flatMap((outcome) => outcome.built ? [outcome.built] : []);
  const provenanceFile = release.provenance && failures.length === 0 && built.length > 0 ? await writeProvenance(join8(outputDir, release.provenanceName), {
    subjects: [...checksummed, { name: options.checksums, sha256: await sha256File(join8(outputDir, options.checksums)) }],
    options,
    plan,
    built,
    sourceDate: date,
    zig: compilers.zig,
    startedOn,
    packageVersion: version
  }) : void 0;
  const image = imageBinaries2 && failures.length === 0 ? await buildImageStep(options, imageBinaries2, plan, plan.dist) : void 0;
  const releaseLines = releaseNotes({ options, date, extras, built, provenanceFile, failed: failures.length > 0 });
  return {
    built,
    checksumsFile,
    matrix,
    notes: [...releaseLines, ...compilers.notes, ...emulators.notes, ...gcBudget.notes, ...notices, ...image ? [image.note] : []],
    ...provenanceFile && { provenanceFile },
    image: image?.image,
    failures,
    ...image?.failure !== void 0 && { imageFailure: image.failure }
  };
}

// src/build/artifacts/summary.ts
function artifactsJson(built) {
  return JSON.stringify(
    built.map((item) => ({
      goos: item.target.goos,
      goarch: item.target.goarch,
      variant: item.target.variant,
      path: item.path,
      archive: item.archive ?? "",
      sbom: item.sbom ?? "",
      cyclonedx: item.cyclonedx ?? "",
      sha256: item.sha256,
      size: item.size,
      linkage: item.facts.linkage ?? "",
      interpreter: item.facts.interpreter ?? "",
      libc: item.facts.libc,
      cgo: item.facts.cgo ?? null,
      cc: item.cc,
      qemu: item.qemu.status
    }))
  );
}
function humanSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
var QEMU_MARK = { passed: "\u2705", failed: "\u274C", skipped: "\u26A0\uFE0F", native: "", "not run": "" };
function linkageCell(facts) {
  if (!facts.linkage) return "n/a";
  return facts.interpreter ? `dynamic (${summaryCode(facts.interpreter)})` : "static";
}
function cgoCell(item) {
  const state = item.facts.cgo === void 0 ? "?" : item.facts.cgo ? "on" : "off";
  return item.cc && item.facts.cgo ? `on (${summaryText(item.cc)})` : state;
}
function summaryMarkdown(built, notes) {
  const table = built.length === 0 ? [] : [
    "| target | size | sha256 | time | linkage | libc | cgo | QEMU |",
    "|---|---:|---|---:|---|---|---|---|",
    ...built.map((item) => {
      const qemu = [QEMU_MARK[item.qemu.status], item.qemu.status, item.qemu.detail && `(${summaryText(item.qemu.detail)})`].filter(Boolean).join(" ");
      return `| \`${targetId(item.target)}\` | ${humanSize(item.size)} | \`${item.sha256.slice(0, 12)}\` | ${(item.millis / 1e3).toFixed(1)} s | ${linkageCell(item.facts)} | ${item.facts.libc} | ${cgoCell(item)} | ${qemu} |`;
    }),
    ""
  ];
  return ["### Cross-build", "", ...table, ...notes.map((note) => `- ${summaryText(note)}`), ""].join("\n");
}

// src/build/index.ts
async function runBuildPhase(options) {
  const result = await group(
    `Cross-build ${options.targets.join(", ")}`,
    () => crossBuild(options, { info, warning, notice })
  );
  setOutput("matrix", JSON.stringify(result.matrix));
  setOutput("artifacts", artifactsJson(result.built));
  setOutput("checksums-file", result.checksumsFile ?? "");
  setOutput("provenance-file", result.provenanceFile ?? "");
  setOutput("digest", result.image?.digest ?? "");
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summaryMarkdown(result.built, result.notes)).write();
  if (result.failures.length > 0) {
    for (const failure of result.failures) error(failure);
    throw new Error(`cross-build: ${result.failures.length} target(s) failed: ${result.failures.map((f) => f.split(":")[0]).join(", ")}`);
  }
  if (result.imageFailure) throw new Error(result.imageFailure);
}

export {
  runBuildPhase
};
//# sourceMappingURL=chunk-YABM3FGR.js.map
