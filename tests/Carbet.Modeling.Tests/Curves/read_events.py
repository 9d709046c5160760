#!/usr/bin/python3
"""Reads a TensorBoard event file independently of Carbet and prints its events as JSON.

Checks the TFRecord framing (length, masked CRC-32C of the length, payload, masked CRC-32C of the
payload) with a CRC-32C written here from its polynomial, then decodes each payload as a
tensorflow.Event with google.protobuf, from a descriptor written by hand (no generated code).
Usage: read_events.py FILE
"""
import json
import struct
import sys

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

# Castagnoli polynomial, reflected
POLY = 0x82F63B78
TABLE = []
for n in range(256):
    c = n
    for _ in range(8):
        c = (c >> 1) ^ POLY if c & 1 else c >> 1
    TABLE.append(c)


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc = TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def masked(crc):
    return ((((crc >> 15) | (crc << 17)) & 0xFFFFFFFF) + 0xA282EAD8) & 0xFFFFFFFF


def event_class():
    F = descriptor_pb2.FieldDescriptorProto
    f = descriptor_pb2.FileDescriptorProto(name="carbet_test_event.proto", package="tensorflow", syntax="proto3")
    summary = f.message_type.add(name="Summary")
    value = summary.nested_type.add(name="Value")
    value.field.add(name="tag", number=1, type=F.TYPE_STRING, label=F.LABEL_OPTIONAL)
    value.field.add(name="simple_value", number=2, type=F.TYPE_FLOAT, label=F.LABEL_OPTIONAL)
    summary.field.add(name="value", number=1, type=F.TYPE_MESSAGE, label=F.LABEL_REPEATED, type_name=".tensorflow.Summary.Value")
    event = f.message_type.add(name="Event")
    event.field.add(name="wall_time", number=1, type=F.TYPE_DOUBLE, label=F.LABEL_OPTIONAL)
    event.field.add(name="step", number=2, type=F.TYPE_INT64, label=F.LABEL_OPTIONAL)
    event.field.add(name="file_version", number=3, type=F.TYPE_STRING, label=F.LABEL_OPTIONAL)
    event.field.add(name="summary", number=5, type=F.TYPE_MESSAGE, label=F.LABEL_OPTIONAL, type_name=".tensorflow.Summary")
    pool = descriptor_pool.DescriptorPool()
    pool.Add(f)
    descriptor = pool.FindMessageTypeByName("tensorflow.Event")
    if hasattr(message_factory, "GetMessageClass"):
        return message_factory.GetMessageClass(descriptor)
    return message_factory.MessageFactory(pool).GetPrototype(descriptor)


def main(path):
    Event = event_class()
    data = open(path, "rb").read()
    events, at = [], 0
    while at < len(data):
        header = data[at:at + 8]
        (length,) = struct.unpack("<Q", header)
        (length_crc,) = struct.unpack("<I", data[at + 8:at + 12])
        if masked(crc32c(header)) != length_crc:
            sys.exit(f"record at byte {at}: length CRC {length_crc:#x} is not {masked(crc32c(header)):#x}")
        payload = data[at + 12:at + 12 + length]
        (payload_crc,) = struct.unpack("<I", data[at + 12 + length:at + 16 + length])
        if len(payload) != length or masked(crc32c(payload)) != payload_crc:
            sys.exit(f"record at byte {at}: payload CRC {payload_crc:#x} is not {masked(crc32c(payload)):#x}")
        event = Event()
        event.ParseFromString(payload)
        events.append({
            "wall_time": event.wall_time,
            "step": event.step,
            "file_version": event.file_version,
            "values": [{"tag": v.tag, "simple_value": v.simple_value} for v in event.summary.value],
        })
        at += 16 + length
    print(json.dumps({"crc_check": masked(crc32c(b"123456789")), "events": events}))


if __name__ == "__main__":
    main(sys.argv[1])
